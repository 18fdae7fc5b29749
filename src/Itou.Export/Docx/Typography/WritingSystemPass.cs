using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using Itou.Export.Docx.Styling;
using Itou.Export.Scripts;

namespace Itou.Export.Docx.Typography;

/// <summary>
/// Tells Word which runs are East Asian, complex script or right to left, so that Word and LibreOffice
/// pick fonts of the right script and lay them out in the right direction: a run mixing kinds of writing
/// (<see cref="WritingSystems"/>) is cut into runs of one kind each; an East Asian run gets the
/// <c>w:rFonts w:eastAsia</c> font and <c>w:lang w:eastAsia</c>; a complex-script or right-to-left one the
/// <c>w:cs</c> font, <c>w:lang w:bidi</c> and <c>w:cs</c>, and right to left <c>w:rtl</c>; a paragraph
/// whose first strong character is right to left gets <c>w:bidi</c>. Code (code paragraphs, inline code)
/// keeps its fonts and language marks but is never made right to left.
/// </summary>
internal static class WritingSystemPass
{
    private static readonly HashSet<string> CodeParagraphs = [StyleIds.SourceCode, StyleIds.CodeTitle];

    public static void Apply(OpenXmlElement root, string documentLanguage)
    {
        // Most text is Latin, Greek or Cyrillic: only the runs holding another kind are looked at.
        var texts = root.Descendants<Text>().Where(t => !WritingSystems.IsAllOther(t.Text) && t.Parent is Run).ToList();
        var paragraphs = new HashSet<Paragraph>();
        foreach (var text in texts)
        {
            var run = (Run)text.Parent!;
            var paragraph = run.Ancestors<Paragraph>().FirstOrDefault();
            var code = IsCode(paragraph) || run.RunProperties?.RunStyle?.Val?.Value == StyleIds.VerbatimChar;
            if (paragraph is not null && !code)
                paragraphs.Add(paragraph);
            var pieces = WritingSystems.Split(text.Text);
            if (pieces.Count == 1 || run.ChildElements.Count(c => c is not RunProperties) > 1)
            {
                Mark(run, pieces.FirstOrDefault(p => p.Kind != WritingKind.Other).Kind, text.Text, documentLanguage, code);
                continue;
            }
            foreach (var piece in pieces)
            {
                var part = (Run)run.CloneNode(true);
                var pieceText = text.Text.Substring(piece.Start, piece.Length);
                part.GetFirstChild<Text>()!.Text = pieceText;
                Mark(part, piece.Kind, pieceText, documentLanguage, code);
                run.InsertBeforeSelf(part);
            }
            run.Remove();
        }
        foreach (var paragraph in paragraphs)
        {
            // The paragraph's direction is UAX #9's (P2-P3, the first strong character), as the bidi algorithm decides it.
            if (BidiParagraph.Resolve(string.Concat(paragraph.Descendants<Text>().Select(t => t.Text)), paragraphLevel: null).Level == 1)
                (paragraph.ParagraphProperties ?? paragraph.PrependChild(new ParagraphProperties())).BiDi = new BiDi();
        }
    }

    private static void Mark(Run run, WritingKind kind, string text, string documentLanguage, bool code)
    {
        if (WritingSystems.LanguageOf(kind, text, documentLanguage) is not { } language)
            return;
        var properties = run.RunProperties ?? run.PrependChild(new RunProperties());
        var fonts = properties.RunFonts ??= new RunFonts();
        var languages = properties.Languages ??= new Languages();
        if (kind == WritingKind.EastAsian)
        {
            fonts.EastAsia = DocxScriptFonts.EastAsian(language);
            fonts.Hint = FontTypeHintValues.EastAsia;
            languages.EastAsia = language;
            return;
        }
        fonts.ComplexScript = DocxScriptFonts.Complex(language);
        languages.Bidi = language;
        properties.ComplexScript = new ComplexScript();
        if (kind == WritingKind.RightToLeft && !code)
            properties.RightToLeftText = new RightToLeftText();
    }

    private static bool IsCode(Paragraph? paragraph) =>
        CodeParagraphs.Contains(paragraph?.ParagraphProperties?.ParagraphStyleId?.Val?.Value ?? "");
}
