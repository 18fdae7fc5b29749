using System.Globalization;
using Itou.Export.Pdf.Text;
using Itou.Export.Publishing;
using Itou.Export.Space;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Itou.Export.Pdf;

/// <summary>
/// Finds, without drawing, each character of the pages that no font of the PDF's fallback chain draws,
/// and reports it once (<see cref="DiagnosticCodes.PdfMissingGlyph"/>) at the page file and line where
/// it is first used; says which machine fonts the text needs (<see cref="DiagnosticCodes.PdfFontMachine"/>).
/// The PDF export runs it before layout (its font choices are then remembered for the layout); <c>check</c>
/// runs it alone.
/// </summary>
public static class PdfGlyphCheck
{
    private static readonly TextStyle Body = new();
    private static readonly TextStyle Code = new TextStyle().Monospace();

    /// <summary>
    /// Checks every page of <paramref name="publication"/>'s space (orphans included) with the fonts the
    /// PDF would use (the machine's too unless <paramref name="useSystemFonts"/> is off); problems go to
    /// the space's diagnostics.
    /// </summary>
    public static void Check(Publication publication, bool useSystemFonts = true)
    {
        ArgumentNullException.ThrowIfNull(publication);
        var diagnostics = publication.Space.Diagnostics;
        using var fonts = new FontLibrary(publication.Theme.Fonts, diagnostics, useSystemFonts);
        Check(publication.Space.Pages, fonts, diagnostics, ledger: null);
    }

    /// <summary>Checks <paramref name="pages"/>; a text item with a character no font draws is told to <paramref name="ledger"/>.</summary>
    internal static void Check(IEnumerable<Page> pages, FontLibrary fonts, DiagnosticBag diagnostics, ContentLedger? ledger)
    {
        foreach (var page in pages)
        {
            foreach (var node in page.Document.Descendants())
            {
                foreach (var (text, line, style) in TextsOf(node))
                {
                    if (!AllDrawn(fonts, style, text, message => diagnostics.Report(DiagnosticCodes.PdfMissingGlyph, page.Path, line, message)))
                        ledger?.NotAllDrawn(node);
                    fonts.ReportMachineFonts(diagnostics, page.Path, line);
                }
            }
        }
    }

    /// <summary>The text a node prints itself, with its line (1-based) and the style family it is set in.</summary>
    private static IEnumerable<(string Text, int Line, TextStyle Style)> TextsOf(MarkdownObject node)
    {
        if (ContentItems.KindOf(node) is not (ContentKind.Text or ContentKind.CodeBlock))
            yield break;
        switch (node)
        {
            case LiteralInline literal:
                yield return (literal.Content.ToString(), literal.Line + 1, Body);
                break;
            case CodeInline code:
                yield return (code.Content, code.Line + 1, Code);
                break;
            case CodeBlock block:
                foreach (var line in (block.Lines.Lines ?? []).Take(block.Lines.Count))
                    yield return (line.Slice.ToString(), line.Line + 1, Code);
                break;
        }
    }

    /// <summary>True when the chain draws every grapheme cluster of <paramref name="text"/> (control characters are never drawn).</summary>
    private static bool AllDrawn(FontLibrary fonts, TextStyle style, string text, Action<string> reportMissing)
    {
        var all = true;
        for (var i = 0; i < text.Length;)
        {
            var length = text[i] < FontLibrary.SimpleCharactersEnd && (i + 1 >= text.Length || text[i + 1] < FontLibrary.SimpleCharactersEnd)
                ? 1
                : StringInfo.GetNextTextElementLength(text, i);
            var cluster = text.AsSpan(i, length);
            if (!char.IsControl(cluster[0]))
                all &= FontLibrary.Draws(fonts.FaceFor(style, cluster, reportMissing), cluster);
            i += length;
        }
        return all;
    }
}
