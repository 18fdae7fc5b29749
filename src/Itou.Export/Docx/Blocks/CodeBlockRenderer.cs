using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using Itou.Export.Docx.Styling;
using Markdig.Syntax;

namespace Itou.Export.Docx.Blocks;

/// <summary>
/// A code block: one "Source Code" paragraph (kept on one page when it fits) with a line break per
/// source line, so spaces and lines survive; an optional title above in "Code Title".
/// </summary>
internal sealed class CodeBlockRenderer : DocxObjectRenderer<CodeBlock>
{
    protected override void Write(DocxRenderer renderer, CodeBlock obj)
    {
        WriteCode(renderer, title: null, LinesOf(obj), lineNumbers: false);
        renderer.State.Ledger.Written(obj);
    }

    /// <summary>The source lines of a code block; Markdig leaves the array null when there is none (<c>```</c> then <c>```</c>).</summary>
    public static IEnumerable<string> LinesOf(LeafBlock code) =>
        code.Lines.Lines is { } lines ? lines.Take(code.Lines.Count).Select(l => l.Slice.ToString()) : [];

    /// <summary>Writes code lines, with a title and line numbers when asked.</summary>
    public static void WriteCode(DocxRenderer renderer, string? title, IEnumerable<string> lines, bool lineNumbers)
    {
        if (!string.IsNullOrWhiteSpace(title))
            renderer.WriteParagraph(StyleIds.CodeTitle, () => renderer.WriteText(title));
        renderer.OpenParagraph(StyleIds.SourceCode);
        var number = 0;
        foreach (var line in lines)
        {
            if (number++ > 0)
                renderer.AppendRunContent(new Break());
            // A tab inside w:t is not a tab stop for Word: spaces keep the indentation visible.
            var text = (lineNumbers ? $"{number,3}  {line}" : line).Replace("\t", "    ", StringComparison.Ordinal);
            if (text.Length > 0)
                renderer.AppendRunContent(new Text(XmlText.Clean(text)) { Space = SpaceProcessingModeValues.Preserve });
        }
        renderer.CloseParagraph();
    }
}
