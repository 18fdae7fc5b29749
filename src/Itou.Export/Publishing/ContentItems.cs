using Itou.Export.Markdown.Figures;
using Itou.Export.Markdown.Formulas;
using Itou.Export.Space;
using Markdig.Extensions.Footnotes;
using Markdig.Extensions.Tables;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Itou.Export.Publishing;

/// <summary>Which nodes of a page's tree are content the ledger accounts for, and how a diagnostic names them.</summary>
internal static class ContentItems
{
    /// <summary>The kind of <paramref name="node"/>, or null when it is structure (a paragraph, a list, emphasis…).</summary>
    public static ContentKind? KindOf(MarkdownObject node) => node switch
    {
        // What is written inside a picture's brackets is its description (words, even a nested picture
        // or link), accounted for with the picture: writers print it only as alt text, if at all.
        Inline inline when InsidePicture(inline) => null,
        // A card's cover is a picture of the page, given as the card's data-card-cover.
        LinkInline { IsImage: true } or FigureBlock or Markdown.Tables.CardRow { Cover: not null } => ContentKind.Image,
        LinkInline or AutolinkInline => ContentKind.Link,
        LiteralInline or CodeInline => ContentKind.Text,
        // A heading without words (### alone) prints nothing in either writer: there is nothing to lose.
        HeadingBlock heading when InlineText.Of(heading.Inline).Length > 0 => ContentKind.Heading,
        CodeBlock => ContentKind.CodeBlock,
        Table => ContentKind.Table,
        Footnote => ContentKind.Footnote,
        FormulaInline or FormulaBlock => ContentKind.Formula,
        _ => null,
    };

    /// <summary>A few words saying which item it is (its address, or the start of its text).</summary>
    public static string Describe(MarkdownObject node) => node switch
    {
        LinkInline link => link.Url ?? "",
        AutolinkInline link => link.Url,
        FigureBlock figure => figure.Source,
        Markdown.Tables.CardRow card => card.Cover ?? "",
        LiteralInline literal => Quote(literal.Content.ToString()),
        CodeInline code => Quote(code.Content),
        HeadingBlock heading => Quote(InlineText.Of(heading.Inline)),
        CodeBlock code => Quote(code.Lines.ToString()),
        FormulaInline formula => Quote(formula.Tex),
        FormulaBlock formula => Quote(formula.Tex),
        _ => "",
    };

    /// <summary>Every node inside <paramref name="node"/> (Markdig's walk does not enter a leaf block's inlines on its own).</summary>
    public static IEnumerable<MarkdownObject> Within(MarkdownObject node) =>
        node is LeafBlock { Inline: { } inline } ? inline.Descendants() : node.Descendants();

    /// <summary>The node's own line and the lines of the blocks around it (1-based), innermost first.</summary>
    public static IEnumerable<int> Lines(MarkdownObject node)
    {
        for (MarkdownObject? at = node; at is not null; at = Parent(at))
            yield return at.Line + 1;
    }

    private static MarkdownObject? Parent(MarkdownObject node) => node switch
    {
        Inline { Parent: { } parent } => parent,
        ContainerInline { ParentBlock: { } block } => block,
        Block block => block.Parent,
        _ => null,
    };

    private static bool InsidePicture(Inline inline)
    {
        for (var parent = inline.Parent; parent is not null; parent = parent.Parent)
        {
            if (parent is LinkInline { IsImage: true })
                return true;
        }
        return false;
    }

    private static string Quote(string text)
    {
        const int Shown = 40;
        text = InlineText.CollapseSpaces(text);
        return '"' + (text.Length <= Shown ? text : text[..Shown] + "…") + '"';
    }
}
