using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using Itou.Export.Docx.Styling;
using Itou.Export.Highlighting;
using Markdig.Syntax;

namespace Itou.Export.Docx.Blocks;

/// <summary>
/// A code block: one "Source Code" paragraph (kept on one page when it fits) with a line break per
/// source line, so spaces and lines survive, and a run per token coloured by kind as in the PDF
/// (<see cref="CodeHighlights"/>, <see cref="CodePalette"/>); an optional title above in "Code Title".
/// </summary>
internal sealed class CodeBlockRenderer : DocxObjectRenderer<CodeBlock>
{
    protected override void Write(DocxRenderer renderer, CodeBlock obj)
    {
        WriteCode(renderer, title: null, CodeHighlights.Of(obj), lineNumbers: false);
        renderer.State.Ledger.Written(obj);
    }

    /// <summary>Writes code lines, with a title and line numbers when asked.</summary>
    public static void WriteCode(DocxRenderer renderer, string? title, IReadOnlyList<IReadOnlyList<CodeToken>> lines, bool lineNumbers)
    {
        if (!string.IsNullOrWhiteSpace(title))
            renderer.WriteParagraph(StyleIds.CodeTitle, () => renderer.WriteText(title));
        renderer.OpenParagraph(StyleIds.SourceCode);
        for (var i = 0; i < lines.Count; i++)
        {
            if (i > 0)
                renderer.AppendRunContent(new Break());
            if (lineNumbers)
                WriteToken(renderer, $"{i + 1,3}  ", new CodeLook(null));
            foreach (var token in lines[i])
                WriteToken(renderer, token.Text, renderer.State.CodePalette.Of(token.Kind));
        }
        renderer.CloseParagraph();
    }

    private static void WriteToken(DocxRenderer renderer, string text, CodeLook look)
    {
        // A tab inside w:t is not a tab stop for Word: spaces keep the indentation visible.
        var clean = XmlText.Clean(text.Replace("\t", "    ", StringComparison.Ordinal));
        if (clean.Length == 0)
            return;
        var content = new Text(clean) { Space = SpaceProcessingModeValues.Preserve };
        if (look.Color is null)
            renderer.AppendRunContent(content);
        else
            renderer.WithFormat(f => f with { Color = look.Color, Bold = f.Bold || look.Bold, Italic = f.Italic || look.Italic }, () => renderer.AppendRunContent(content));
    }
}
