using System.Globalization;
using Itou.Export.Highlighting;
using Itou.Export.Pdf.Layout;
using Itou.Export.Pdf.Text;
using Markdig.Renderers;
using Markdig.Syntax;

namespace Itou.Export.Pdf.Blocks;

/// <summary>A fenced or indented code block: see <see cref="CodeBox"/>.</summary>
internal sealed class CodeBlockRenderer : MarkdownObjectRenderer<PdfRenderer, CodeBlock>
{
    protected override void Write(PdfRenderer renderer, CodeBlock obj)
    {
        renderer.Add(CodeBox.Create(renderer, CodeHighlights.Of(obj), title: null, lineNumbers: false));
        renderer.Ledger.Written(obj);
    }
}

/// <summary>
/// Code as printed: monospace on a shade, coloured by kind (<see cref="CodeHighlights"/>), an optional
/// title bar, optional line numbers in a gutter.
/// Long lines wrap inside the box (the engine breaks inside long words), so nothing is ever clipped.
/// A block shorter than a third of a page is not split.
/// </summary>
internal static class CodeBox
{
    public static IReadOnlyList<string> LinesOf(LeafBlock block) => CodeHighlights.LinesOf(block);

    public static Element Create(PdfRenderer renderer, IReadOnlyList<IReadOnlyList<CodeToken>> lines, string? title, bool lineNumbers)
    {
        var styles = renderer.Styles;
        Element body = lineNumbers ? Numbered(styles, lines) : Text(styles, lines);
        var content = new Column().Add(new Padding(Thickness.All(PdfStyles.BoxPadding), body));
        if (!string.IsNullOrWhiteSpace(title))
        {
            var bar = new Box(new BoxStyle { Background = PdfStyles.Tint(styles.Muted, 0.15f) },
                new Padding(new Thickness(4, PdfStyles.BoxPadding, 4, PdfStyles.BoxPadding), new TextBlock(title, styles.Small with { Bold = true, Color = styles.Text })));
            content = new Column().Add(bar).Add(new Padding(Thickness.All(PdfStyles.BoxPadding), body));
        }
        return new KeepTogether(new Box(styles.ShadedBox, content), PdfStyles.UnsplitShare);
    }

    // A gutter of numbers beside the lines; each line is its own paragraph so a wrapped line keeps one number.
    private static Column Numbered(PdfStyles styles, IReadOnlyList<IReadOnlyList<CodeToken>> lines)
    {
        var gutter = styles.Code.Size * (0.7f * lines.Count.ToString(CultureInfo.InvariantCulture).Length + 1.2f);
        var column = new Column();
        for (var i = 0; i < lines.Count; i++)
        {
            var number = new TextBlock((i + 1).ToString(CultureInfo.InvariantCulture), styles.Code with { Color = styles.Muted },
                new ParagraphStyle { Alignment = TextAlignment.Right });
            column.Add(new Row(6).AddFixed(gutter, number).AddRelative(1, Text(styles, [lines[i]])));
        }
        return column;
    }

    // One span per token, in its kind's style; a line feed ends each line but the last, and an empty line still takes a line's height.
    private static TextBlock Text(PdfStyles styles, IReadOnlyList<IReadOnlyList<CodeToken>> lines)
    {
        var text = new TextBlock();
        for (var i = 0; i < lines.Count; i++)
        {
            var end = i < lines.Count - 1 ? "\n" : "";
            if (lines[i].Count == 0)
                text.Add(" " + end, styles.Code);
            for (var t = 0; t < lines[i].Count; t++)
                text.Add(t == lines[i].Count - 1 ? lines[i][t].Text + end : lines[i][t].Text, styles.CodeStyle(lines[i][t].Kind));
        }
        if (lines.Count == 0)
            text.Add(" ", styles.Code);
        return text;
    }
}
