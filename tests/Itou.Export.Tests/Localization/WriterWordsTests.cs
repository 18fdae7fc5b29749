using DocumentFormat.OpenXml.Packaging;
using Itou.Export.Docx;
using Itou.Export.Localization;
using Itou.Export.Pdf;
using Itou.Export.Publishing;
using Itou.Export.Space;
using Itou.Export.Tests.Pdf.Support;
using Itou.Export.Tests.Support;
using Itou.Export.Theming;

namespace Itou.Export.Tests.Localization;

/// <summary>
/// No word is written by the writers themselves: a space using every construct that makes the exporter
/// write words of its own (untitled tab, embeds of each kind, present and missing files, a picture that
/// cannot be drawn, a diagram, an API operation with parameters and responses, schemas, cover, contents,
/// footer) is exported in Korean and in English, and no phrase of the other tables (English, French)
/// may appear in the PDF or the DOCX, except where the pages themselves hold it.
/// </summary>
public class WriterWordsTests
{
    [Theory]
    [InlineData("ko", "pdf")]
    [InlineData("ko", "docx")]
    [InlineData("en", "pdf")]
    [InlineData("en", "docx")]
    public async Task An_export_holds_no_label_of_another_language(string language, string format)
    {
        using var temp = Constructs();
        var space = await temp.LoadAsync();
        var theme = Theme.Default with { Language = language };
        var text = format == "pdf" ? await PdfText(temp, space, theme) : await DocxText(space, theme);
        var sources = string.Join("\n", Directory.EnumerateFiles(temp.Folder, "*.md", SearchOption.AllDirectories).Select(File.ReadAllText));

        var own = Phrases(LabelTable.Of(LabelTable.LanguageOf(language)!));
        var foreign = new[] { "en", "fr" }.Where(other => other != language)
            .SelectMany(other => Phrases(LabelTable.Of(other)))
            .Where(phrase => !own.Contains(phrase) && !sources.Contains(phrase, StringComparison.OrdinalIgnoreCase))
            .Distinct()
            .ToList();
        Assert.NotEmpty(foreign);
        Assert.DoesNotContain(foreign, phrase => ContainsWord(text, phrase));
        // And the language's own words are there: the check above looked at real output.
        Assert.Contains(Labels.For(language, new Dictionary<string, string>(), () => null).Contents, text, StringComparison.Ordinal);
    }

    private static async Task<string> PdfText(TempSpace temp, GitBookSpace space, Theme theme)
    {
        var path = Path.Combine(temp.Parent, "book.pdf");
        await using (var output = File.Create(path))
            await PdfExporter.ExportAsync(space, ExportSelection.Book, theme, output, cancellationToken: TestContext.Current.CancellationToken);
        return string.Join("\n", PdfTools.TextPages(path));
    }

    private static async Task<string> DocxText(GitBookSpace space, Theme theme)
    {
        var output = new MemoryStream();
        await DocxExporter.ExportAsync(space, ExportSelection.Book, theme, output, cancellationToken: TestContext.Current.CancellationToken);
        output.Position = 0;
        using var package = WordprocessingDocument.Open(output, false);
        var main = package.MainDocumentPart!;
        var descriptions = main.Document!.Descendants<DocumentFormat.OpenXml.Drawing.Wordprocessing.DocProperties>().Select(p => p.Description?.Value);
        return string.Join("\n", new[] { main.Document.Body!.InnerText }
            .Concat(main.FooterParts.Select(f => f.Footer!.InnerText))
            .Concat(main.HeaderParts.Select(h => h.Header!.InnerText))
            .Concat(descriptions.OfType<string>()));
    }

    // The fixed words of each pattern: placeholders and a date pattern's letters left out.
    private static HashSet<string> Phrases(IReadOnlyDictionary<string, string> table) =>
        [.. table.Where(label => label.Key != "dateFormat")
            .SelectMany(label => LabelPart.Split(label.Value).Where(part => part.Placeholder is null))
            .Select(part => part.Text.Trim(' ', '(', ')', ':', '/', '：', '（', '）'))
            .Where(phrase => phrase.Count(char.IsLetter) >= 3)];

    private static bool ContainsWord(string text, string phrase)
    {
        for (var at = text.IndexOf(phrase, StringComparison.Ordinal); at >= 0; at = text.IndexOf(phrase, at + 1, StringComparison.Ordinal))
        {
            var before = at == 0 || !char.IsLetter(text[at - 1]);
            var after = at + phrase.Length == text.Length || !char.IsLetter(text[at + phrase.Length]);
            if (before && after)
                return true;
        }
        return false;
    }

    private static TempSpace Constructs() => new TempSpace()
        .Write("SUMMARY.md", "# Summary\n\n* [안내](README.md)\n* [두 번째](two.md)\n")
        .Write("README.md", """
            # 안내

            자전거 수리 안내입니다.

            {% tabs %}
            {% tab %}
            첫 번째 탭의 내용입니다.
            {% endtab %}
            {% endtabs %}

            {% embed url="https://www.youtube.com/watch?v=aqz-KE-bpKQ" %}

            {% embed url="https://docs.google.com/document/d/abc" %}

            {% embed url="https://example.org/widget" %}

            {% file src="notes.txt" %}

            {% file src="absent.pdf" %}

            ![](absent.png)

            ```mermaid
            graph TD; A-->B
            ```
            """)
        .Write("two.md", """
            # 두 번째

            {% swagger method="get" path="/bikes" baseUrl="https://api.example.org" summary="자전거 목록" %}
            {% swagger-description %}
            자전거 목록을 돌려줍니다.
            {% endswagger-description %}

            {% swagger-parameter in="query" name="limit" type="integer" required="true" %}
            최대 개수
            {% endswagger-parameter %}

            {% swagger-response status="200" description="성공" %}
            목록
            {% endswagger-response %}
            {% endswagger %}

            {% openapi-schemas spec="bikes" schemas="Bike" %}
            {% endopenapi-schemas %}
            """)
        .Write("notes.txt", new string('x', 300));
}
