using Itou.Export.Markdown.Html;
using Markdig.Syntax;

namespace Itou.Export.Markdown.Details;

/// <summary>Builds <see cref="DetailsBlock"/>s, from one HTML block or from Markdown between <c>&lt;details&gt;</c> and <c>&lt;/details&gt;</c> blocks.</summary>
internal static class DetailsHtml
{
    /// <summary>A whole <c>&lt;details&gt;</c> element held in one HTML block.</summary>
    public static DetailsBlock Read(HtmlNode node, HtmlConverter converter)
    {
        var details = new DetailsBlock(null) { Open = node.Tag!.Attributes.ContainsKey("open") };
        var summary = node.Elements("summary").FirstOrDefault();
        if (summary is not null) details.Add(Summary(converter.Inlines(summary.Children)));
        node.Children.Remove(summary!);
        foreach (var block in converter.Blocks(node)) details.Add(block);
        return details;
    }

    public static DetailsSummaryBlock Summary(Markdig.Syntax.Inlines.ContainerInline inlines) =>
        new(null) { Inline = inlines, ProcessInlines = false };

    /// <summary>
    /// GitBook writes details over several blocks (blank lines around <c>&lt;summary&gt;</c> and the body):
    /// the opening HTML block, Markdown blocks, then a block with <c>&lt;/details&gt;</c>. Wraps them, in place.
    /// </summary>
    public static DetailsBlock Wrap(HtmlBlock opening, HtmlNode openingTree, List<Block> body, HtmlConverter converter)
    {
        var detailsNode = openingTree.Find("details")!;
        var details = new DetailsBlock(null) { Open = detailsNode.Tag!.Attributes.ContainsKey("open"), Line = opening.Line, Column = opening.Column, Span = opening.Span };
        var summary = detailsNode.Find("summary");
        if (summary is null && body.FirstOrDefault() is HtmlBlock summaryBlock && summaryBlock.Lines.ToString().TrimStart().StartsWith("<summary", StringComparison.OrdinalIgnoreCase))
        {
            summary = HtmlFragment.Parse(summaryBlock.Lines.ToString()).Find("summary");
            body.RemoveAt(0);
            // Out of the page too: left there, it was printed again under the title.
            summaryBlock.Parent?.Remove(summaryBlock);
        }
        if (summary is not null)
        {
            details.Add(Summary(converter.Inlines(summary.Children)));
            detailsNode.Children.Remove(summary);
        }
        foreach (var block in converter.Blocks(detailsNode)) details.Add(block);
        foreach (var block in body)
        {
            block.Parent?.Remove(block);
            details.Add(block);
        }
        return details;
    }
}
