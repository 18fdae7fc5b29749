using DocumentFormat.OpenXml.Wordprocessing;

namespace Itou.Export.Tests.Docx;

/// <summary>
/// Warning and danger callouts told apart in grey print in the DOCX too (issue 15 §4), read back with the
/// Open XML SDK: their symbols differ, the danger's rule is twice as wide, its tint darker in grey, and it
/// has a frame the warning lacks; the same widths as the PDF draws (Rendering/CalloutLook).
/// </summary>
public sealed class DocxCalloutGreyTests
{
    private sealed record Look(string Symbol, double Rule, double Frame, double Grey);

    private static Look LookOf(DocxTestDocument doc, string word)
    {
        var table = doc.Body.Elements<Table>().Single(t => t.InnerText.Contains(word, StringComparison.Ordinal));
        var styleId = table.GetFirstChild<TableProperties>()!.TableStyle!.Val!.Value;
        var style = doc.Main.StyleDefinitionsPart!.Styles!.Elements<Style>().Single(s => s.StyleId == styleId);
        var borders = style.StyleTableProperties!.TableBorders!;
        var fill = style.StyleTableCellProperties!.Shading!.Fill!.Value!;
        double Channel(int i) => Convert.ToInt32(fill.Substring(i * 2, 2), 16);
        var grey = (0.299 * Channel(0)) + (0.587 * Channel(1)) + (0.114 * Channel(2)); // as a grey printer sees it
        double Points(BorderType border) => border.Val?.Value == BorderValues.Single ? border.Size!.Value / 8.0 : 0;
        return new Look(table.Descendants<Text>().First().Text.Trim(), Points(borders.LeftBorder!), Points(borders.TopBorder!), grey);
    }

    [Fact]
    public void Warning_and_danger_differ_by_symbol_rule_tint_and_frame()
    {
        using var doc = DocxTestDocument.GitBookBrief(
            "{% hint style=\"warning\" %}\nPrudence avec les outils.\n{% endhint %}\n\n{% hint style=\"danger\" %}\nInterdit de rouler ainsi.\n{% endhint %}\n");
        Assert.Empty(doc.ValidationErrors());

        var warning = LookOf(doc, "Prudence");
        var danger = LookOf(doc, "Interdit");

        Assert.Equal(("\u26A0", "\u2716"), (warning.Symbol, danger.Symbol));
        Assert.Equal((4.0, 8.0), (warning.Rule, danger.Rule)); // the PDF's rules
        Assert.Equal((0.0, 0.75), (warning.Frame, danger.Frame));
        Assert.True(warning.Grey - danger.Grey >= 8, $"tints of grey {warning.Grey:F0} and {danger.Grey:F0}: alike on grey paper");
    }

    [Fact]
    public void The_symbol_starts_a_plain_first_paragraph()
    {
        using var doc = DocxTestDocument.GitBookBrief("{% hint style=\"info\" %}\nBon à savoir.\n{% endhint %}\n");

        var cell = doc.Body.Descendants<TableCell>().Single();
        Assert.Equal("\u2139 Bon à savoir.", cell.Elements<Paragraph>().Single().InnerText);
    }
}
