using DocumentFormat.OpenXml.Wordprocessing;
using Itou.Export.Publishing;
using Itou.Export.Tests.Docx;
using Itou.Export.Tests.Pdf.Support;
using Itou.Export.Theming;

namespace Itou.Export.Tests.Highlighting;

/// <summary>Highlighted code read back from the PDF (letter colours) and the DOCX (run colours), and diagrams as titled code.</summary>
public sealed class HighlightingExportTests
{
    private const string Page = """
        # Code

        ```python
        def greet(name):
            return "hello" # said
        ```

        {% tabs %}
        {% tab title="Kotlin" %}
        ```kotlin
        fun main() { val n = 42 }
        ```
        {% endtab %}
        {% endtabs %}

        {% hint style="info" %}
        ```json
        {"port": 8080, "tls": true}
        ```
        {% endhint %}

        <pre class="language-html"><code>&#x3C;a href="/x">go&#x3C;/a>
        </code></pre>

        ```mermaid
        graph TD; A-->B
        ```
        """;

    [Fact]
    public async Task A_page_of_code_in_several_languages_shows_at_least_four_hues()
    {
        var pdf = await Export(Page);
        using var document = pdf.Open();
        var hues = document.GetPages().SelectMany(page => page.Letters)
            .Where(letter => !string.IsNullOrWhiteSpace(letter.Value) && (letter.FontName ?? "").Contains("Mono", StringComparison.Ordinal))
            .Select(letter => letter.Color.ToRGBValues())
            .Where(rgb => Math.Max(rgb.r, Math.Max(rgb.g, rgb.b)) - Math.Min(rgb.r, Math.Min(rgb.g, rgb.b)) > 0.15)
            .Select(rgb => Hue(rgb.r, rgb.g, rgb.b) / 30)
            .Distinct().Count();
        Assert.True(hues >= 4, $"{hues} hues of 30° among the code's letters");
        var text = string.Join("\n", PdfTools.TextPages(pdf.Path));
        Assert.Contains("graph TD; A-->B", text, StringComparison.Ordinal);
        Assert.Contains("Diagram (mermaid)", text, StringComparison.Ordinal);
        Assert.True(pdf.Diagnostics.Any(d => d.Code == DiagnosticCodes.DiagramNotDrawn && d.Severity == DiagnosticSeverity.Info && d.Line == 25), string.Join("; ", pdf.Diagnostics));
    }

    [Fact]
    public void Word_code_is_coloured_runs_in_the_code_style()
    {
        using var doc = DocxTestDocument.GitBookBrief(Page);
        Assert.Empty(doc.ValidationErrors());
        var runs = doc.ParagraphsIn("SourceCode").SelectMany(p => p.Descendants<Run>()).ToList();
        var colours = runs.Select(r => r.RunProperties?.Color?.Val?.Value).OfType<string>().Distinct().ToList();
        Assert.True(colours.Count >= 4, string.Join(", ", colours));
        Assert.Contains(runs, r => r.InnerText.Trim() == "def" && r.RunProperties?.Bold is not null && r.RunProperties.Color?.Val == "CF222E");
        Assert.Contains(runs, r => r.InnerText == "# said" && r.RunProperties?.Italic is not null);
        Assert.Contains(doc.ParagraphsIn("CodeTitle"), p => p.InnerText == "Diagram (mermaid)");
        Assert.Contains(doc.Diagnostics.Items, d => d.Code == DiagnosticCodes.DiagramNotDrawn);
    }

    [Fact]
    public void The_theme_recolours_code()
    {
        using var doc = DocxTestDocument.GitBookBrief("```python\n# only a comment\n```\n");
        Assert.Contains(doc.Body.Descendants<Run>(), r => r.RunProperties?.Color?.Val == "6E7781");
        var theme = Theme.Default with { Code = new ThemeCodeColors { Comment = "#123456" } };
        using var themed = DocxTestDocument.Write([DocxTestDocument.Page("page.md", "```python\n# only a comment\n```\n", 0, null, null)], isBook: false, theme);
        Assert.Contains(themed.Body.Descendants<Run>(), r => r.RunProperties?.Color?.Val == "123456" && r.InnerText == "# only a comment");
    }

    private static double Hue(double r, double g, double b)
    {
        var max = Math.Max(r, Math.Max(g, b));
        var delta = max - Math.Min(r, Math.Min(g, b));
        var hue = max == r ? (g - b) / delta % 6 : max == g ? ((b - r) / delta) + 2 : ((r - g) / delta) + 4;
        return (hue * 60 + 360) % 360;
    }

    private static async Task<ExportedPdf> Export(string markdown)
    {
        var folder = Directory.CreateTempSubdirectory("itou-pdf-code-").FullName;
        try
        {
            await File.WriteAllTextAsync(Path.Combine(folder, "README.md"), markdown, TestContext.Current.CancellationToken);
            return await ExportedPdf.CreateAsync(folder, ExportSelection.Page("README.md"), Theme.Default with { Language = "en-GB" }, "code-" + Guid.NewGuid().ToString("N"));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
