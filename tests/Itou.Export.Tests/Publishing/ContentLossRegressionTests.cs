using Itou.Export.Docx;
using Itou.Export.Pdf;
using Itou.Export.Publishing;
using Itou.Export.Tests.Robustness;
using Itou.Export.Tests.Support;
using Itou.Export.Theming;

namespace Itou.Export.Tests.Publishing;

/// <summary>
/// Content the writers lost without a word, found by the content ledger on random spaces (the fuzz
/// check fails on EXPORT-CONTENT-MISSING): each case goes through both writers and must lose nothing.
/// </summary>
public sealed class ContentLossRegressionTests
{
    public static TheoryData<string> Writers => ["pdf", "docx"];

    private static async Task<ExportResult> Export(string writer, string markdown)
    {
        using var space = new TempSpace().Write("README.md", markdown).WriteBytes(".gitbook/assets/image.png", HostileFiles.TinyPng);
        var loaded = await space.LoadAsync();
        using var output = new MemoryStream();
        var token = TestContext.Current.CancellationToken;
        return writer == "pdf"
            ? await PdfExporter.ExportAsync(loaded, ExportSelection.Book, Theme.Default, output, cancellationToken: token)
            : await DocxExporter.ExportAsync(loaded, ExportSelection.Book, Theme.Default, output, cancellationToken: token);
    }

    private static async Task<ExportResult> AssertNothingLost(string writer, string markdown)
    {
        var result = await Export(writer, markdown);
        Assert.True(result.Content.Missing == 0,
            string.Join("\n", result.Diagnostics.Where(d => d.Code == DiagnosticCodes.ContentMissing)));
        return result;
    }

    [Theory]
    [MemberData(nameof(Writers))]
    public async Task Blocks_outside_the_steps_columns_updates_and_tabs_of_a_block_are_written(string writer)
    {
        var result = await AssertNothingLost(writer, """
            {% stepper %}
            ### Hors étape
            {% step %}
            Étape.
            {% endstep %}
            {% endstepper %}

            {% columns %}
            Hors colonne.
            {% column %}
            Colonne.
            {% endcolumn %}
            {% endcolumns %}

            {% updates format="full" %}
            Hors mise à jour [lien](https://example.org).
            {% endupdates %}

            {% tabs %}
            Hors onglet.
            {% tab title="Un" %}
            Onglet.
            {% endtab %}
            {% endtabs %}
            """);
        Assert.All(result.Content.Counts, c => Assert.Equal(c.Expected, c.Written));
    }

    [Theory]
    [MemberData(nameof(Writers))]
    public async Task A_code_tag_without_a_fence_or_with_text_beside_it_is_written(string writer)
    {
        var result = await AssertNothingLost(writer, """
            {% code title="a.cs" %}
            Du texte avant.

            ```cs
            var x = 1;
            ```
            {% endcode %}

            {% code title="b.cs" lineNumbers="true" %}
            Pas de bloc de code ici.
            {% endcode %}
            """);
        Assert.Equal(result.Content[ContentKind.Text].Expected, result.Content[ContentKind.Text].Written);
        Assert.Equal(1, result.Content[ContentKind.CodeBlock].Written);
    }

    [Theory]
    [MemberData(nameof(Writers))]
    public async Task A_second_summary_and_a_second_api_description_are_written(string writer)
    {
        var result = await AssertNothingLost(writer, """
            <details><summary>Un</summary> texte <details><summary>Deux</summary> suite [lien](https://example.org)

            {% swagger method="get" path="/a" baseUrl="https://api.example.org" summary="A" %}
            {% swagger-description %}
            Première description.
            {% endswagger-description %}
            {% swagger-description %}
            Seconde description.
            {% endswagger-description %}
            {% endswagger %}
            """);
        Assert.Equal(result.Content[ContentKind.Text].Expected, result.Content[ContentKind.Text].Written);
    }

    [Theory]
    [MemberData(nameof(Writers))]
    public async Task Pictures_that_are_not_web_addresses_and_links_to_missing_files_are_diagnosed(string writer)
    {
        var result = await AssertNothingLost(writer, """
            ![courriel](mailto:a@example.org)

            ![fichier](file:///etc/passwd)

            [la fiche](fiche-absente.pdf)
            """);
        Assert.Equal(new ContentCount(ContentKind.Image, 2, 0, 2, 0), result.Content[ContentKind.Image]);
        Assert.Equal(new ContentCount(ContentKind.Link, 1, 0, 1, 0), result.Content[ContentKind.Link]);
        Assert.Equal(2, result.Diagnostics.Count(d => d.Code == DiagnosticCodes.ImageRemote));
    }

    [Fact]
    public async Task Word_reports_a_note_called_only_from_inside_another_note()
    {
        var result = await AssertNothingLost("docx", """
            Texte[^a].

            [^a]: voir [^b]

            [^b]: appelée seulement depuis une note
            """);
        Assert.Equal(new ContentCount(ContentKind.Footnote, 2, 1, 1, 0), result.Content[ContentKind.Footnote]);
        Assert.Equal([5], result.Diagnostics.Where(d => d.Code == DiagnosticCodes.DocxFootnoteLeftOut).Select(d => d.Line));
    }

    [Theory]
    [MemberData(nameof(Writers))]
    public async Task What_is_written_inside_a_pictures_brackets_belongs_to_the_picture(string writer)
    {
        var result = await AssertNothingLost(writer, """
            ![une <img src="autre.png"> et [un lien](https://example.org)](.gitbook/assets/image.png)
            """);
        Assert.Equal(new ContentCount(ContentKind.Image, 1, 1, 0, 0), result.Content[ContentKind.Image]);
        Assert.Equal(0, result.Content[ContentKind.Link].Expected);
    }

    [Theory]
    [MemberData(nameof(Writers))]
    public async Task A_picture_that_cannot_be_read_is_reported_at_each_use(string writer)
    {
        // A page is a file of the space but not a picture; the second use once went unreported in Word.
        var result = await AssertNothingLost(writer, """
            ![première](README.md)

            ![seconde](README.md)
            """);
        Assert.Equal(new ContentCount(ContentKind.Image, 2, 0, 2, 0), result.Content[ContentKind.Image]);
    }
}
