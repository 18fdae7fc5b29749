using Itou.Export.Markdown.Alignment;
using Itou.Export.Markdown.Code;
using Itou.Export.Markdown.Details;
using Itou.Export.Markdown.Figures;
using Itou.Export.Markdown.Tables;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Itou.Export.Markdown.Html;

/// <summary>
/// Turns an HTML block's tree (<see cref="HtmlFragment"/>) into Markdig blocks and typed inlines: tables,
/// figures and images, details, <c>&lt;pre&gt;</c> code, paragraphs, lists, headings, quotes, rules.
/// Elements without a mapping keep their content. Depth is bounded by <see cref="HtmlFragment"/>.
/// </summary>
internal sealed class HtmlConverter(PageState page, int line)
{
    private static readonly HashSet<string> BlockElements = new(StringComparer.Ordinal)
    {
        "p", "div", "table", "figure", "picture", "details", "summary", "pre", "ul", "ol", "li", "blockquote", "hr",
        "h1", "h2", "h3", "h4", "h5", "h6", "section", "article", "center", "figcaption", "thead", "tbody", "tr", "td", "th",
    };

    public PageState Page => page;

    public int Line => line;

    /// <summary>An aligned element's blocks: its pictures take the alignment, its text goes into an <see cref="AlignedBlock"/>.</summary>
    private List<Block> Aligned(HtmlNode node, FigureAlign align) => AlignedBlock.Around(Blocks(node, align), align);

    /// <summary>The blocks for a node's children; runs of inline content become paragraphs.</summary>
    public List<Block> Blocks(HtmlNode parent, FigureAlign align = FigureAlign.Default)
    {
        var blocks = new List<Block>();
        var run = new List<HtmlNode>();
        foreach (var child in parent.Children)
        {
            if (IsBlock(child))
            {
                FlushParagraph(run, blocks);
                blocks.AddRange(Block(child, align));
            }
            else
            {
                run.Add(child);
            }
        }
        FlushParagraph(run, blocks);
        return blocks;
    }

    /// <summary>The inlines for a list of nodes.</summary>
    public ContainerInline Inlines(IEnumerable<HtmlNode> nodes)
    {
        var container = new ContainerInline();
        foreach (var node in nodes) AppendInline(container, node);
        TrimEdges(container);
        return container;
    }

    public static ParagraphBlock Paragraph(ContainerInline inlines) => new() { Inline = inlines, ProcessInlines = false };

    private static bool IsBlock(HtmlNode node) =>
        node.Tag is not null && BlockElements.Contains(node.Name) || node.Name == "img" && node.Tag!.Attribute("data-size") != "line";

    private List<Block> Block(HtmlNode node, FigureAlign align)
    {
        switch (node.Name)
        {
            case "table": return [HtmlTableReader.Read(node, this)];
            case "figure" or "picture" or "img": return FigureHtml.Read(node, this, align) is { } figure ? [figure] : [];
            case "details": return [DetailsHtml.Read(node, this)];
            case "pre": return [HtmlPreReader.Read(node)];
            case "hr": return [new ThematicBreakBlock(null!)];
            case "div" or "center" or "p" when node.Tag!.Attribute("align") is { } a:
                return Aligned(node, FigureHtml.ParseAlign(a));
            case "center":
                return Aligned(node, FigureAlign.Center);
            case "ul" or "ol": return [List(node)];
            case "blockquote":
                var quote = new QuoteBlock(null!);
                foreach (var block in Blocks(node)) quote.Add(block);
                return [quote];
            case ['h', >= '1' and <= '6']:
                var heading = new HeadingBlock(null!) { Level = node.Name[1] - '0', HeaderChar = '#', Inline = Inlines(node.Children), ProcessInlines = false };
                return [heading];
            default: return Blocks(node, align);
        }
    }

    private ListBlock List(HtmlNode node)
    {
        var list = new ListBlock(null!) { IsOrdered = node.Name == "ol", BulletType = node.Name == "ol" ? '1' : '-', OrderedDelimiter = '.' };
        foreach (var item in node.Children.Where(c => c.Tag is not null))
        {
            var listItem = new ListItemBlock(null!);
            foreach (var block in item.Name == "li" ? Blocks(item) : Block(item, FigureAlign.Default)) listItem.Add(block);
            list.Add(listItem);
        }
        return list;
    }

    private void FlushParagraph(List<HtmlNode> run, List<Block> blocks)
    {
        if (run.Count == 0) return;
        var inlines = Inlines(run);
        run.Clear();
        if (inlines.FirstChild is not null) blocks.Add(Paragraph(inlines));
    }

    private void AppendInline(ContainerInline target, HtmlNode node)
    {
        if (node.Tag is null)
        {
            var text = HtmlFragment.CollapseSpace(node.Text);
            if (text.Length > 0) target.AppendChild(new LiteralInline(Emoji.Shortcodes.Replace(text)));
            return;
        }
        if (node.Tag.IsVoid)
        {
            if (InlineElements.Void(node.Tag) is { } leaf) target.AppendChild(leaf);
            return;
        }
        if (InlineElements.TakesText(node.Tag))
        {
            target.AppendChild(InlineElements.FromText(node.Tag, node.InnerText(), page, line));
            return;
        }
        if (node.Name == "p" && target.FirstChild is not null)
            target.AppendChild(new LineBreakInline { IsHard = true });
        var container = BlockElements.Contains(node.Name) ? null : InlineElements.Container(node.Tag, page);
        foreach (var child in node.Children) AppendInline(container ?? target, child);
        if (container is not null) target.AppendChild(container);
    }

    /// <summary>HTML source indentation leaves spaces at the edges of runs: trim them, and leading/trailing breaks.</summary>
    private static void TrimEdges(ContainerInline container)
    {
        while (container.FirstChild is LineBreakInline leading) leading.Remove();
        while (container.LastChild is LineBreakInline trailing) trailing.Remove();
        if (container.FirstChild is LiteralInline first)
        {
            first.Content = new Markdig.Helpers.StringSlice(first.Content.ToString().TrimStart());
            if (first.Content.Length == 0) first.Remove();
        }
        if (container.LastChild is LiteralInline last)
        {
            last.Content = new Markdig.Helpers.StringSlice(last.Content.ToString().TrimEnd());
            if (last.Content.Length == 0) last.Remove();
        }
    }
}
