using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using Itou.Export.Docx.Styling;
using Itou.Export.Publishing;

namespace Itou.Export.Docx.Typography;

/// <summary>
/// French typography over a written part (no-break spaces before <c>; : ! ?</c> and inside « »): applied
/// per paragraph across its runs, so a space in one run and the punctuation in the next are seen
/// together. Code paragraphs, inline code and addresses shown as text are left as written.
/// </summary>
internal static class FrenchTypographyPass
{
    private static readonly HashSet<string> CodeParagraphs = [StyleIds.SourceCode, StyleIds.CodeTitle];

    public static void Apply(OpenXmlElement root)
    {
        foreach (var paragraph in root.Descendants<Paragraph>())
        {
            if (CodeParagraphs.Contains(paragraph.ParagraphProperties?.ParagraphStyleId?.Val?.Value ?? ""))
                continue;
            // Most paragraphs hold none of the punctuation the rules tie: their runs are not gathered.
            if (!paragraph.Descendants<Text>().Any(t => FrenchTypography.MayChange(t.Text)))
                continue;
            // Only the paragraph's own runs: a nested table's paragraphs are visited on their own.
            var texts = paragraph.Descendants<Text>().Where(t => t.Ancestors<Paragraph>().First() == paragraph).ToList();
            if (texts.Count == 0)
                continue;
            var runs = texts.Select(t => new TypographyRun(t.Text, IsVerbatim(t))).ToList();
            var changed = FrenchTypography.Apply(runs);
            for (var i = 0; i < texts.Count; i++)
                texts[i].Text = changed[i];
        }
    }

    private static bool IsVerbatim(Text text) =>
        text.Parent is Run { RunProperties.RunStyle.Val.Value: StyleIds.VerbatimChar }
        || text.Text.Contains("://", StringComparison.Ordinal)
        || text.Text.StartsWith("mailto:", StringComparison.Ordinal);
}
