using System.Text;
using Itou.Export.Pdf;
using Itou.Export.Publishing;
using Itou.Export.Space;
using Itou.Export.Tests.Pdf.Support;
using Itou.Export.Tests.Support;
using Itou.Export.Theming;
using UglyToad.PdfPig;

namespace Itou.Export.Tests.Pdf;

/// <summary>One construct of the dialect in, its printed form read back out (a one-page space per case).</summary>
public sealed class ConstructPdfTests
{
    // The cases are written in French: the theme says so (too few words to be told from the text).
    private static readonly Theme French = Theme.Default with { Language = "fr-FR" };

    [Theory]
    [InlineData("{% hint style=\"warning\" %}\n#### Avant tout\n\n* vérifiez les **patins**\n{% endhint %}", "\u26A0", "Avant tout", "vérifiez les patins")]
    [InlineData("{% hint style=\"danger\" %}\nNe roulez jamais.\n{% endhint %}", "\u2716", "Ne roulez jamais")]
    [InlineData("{% tabs %}\n{% tab title=\"Presta\" %}\nDévissez l'écrou.\n{% endtab %}\n{% tab title=\"Schrader\" %}\nAppuyez.\n{% endtab %}\n{% endtabs %}", "Presta", "Dévissez", "Schrader", "Appuyez")]
    [InlineData("{% embed url=\"https://youtu.be/AKUHDXphgVw\" %}\nLa démonstration\n{% endembed %}", "Vidéo en ligne", "La démonstration", "https://youtu.be/AKUHDXphgVw")]
    [InlineData("{% file src=\".gitbook/assets/guide.pdf\" %}\nLe guide complet\n{% endfile %}", "Le guide complet", "guide.pdf", "PDF")]
    [InlineData("<details>\n<summary>Plus de détails</summary>\n\nLe corps caché.\n\n</details>", "Plus de détails", "Le corps caché")]
    [InlineData("{% stepper %}\n{% step %}\n### Démonter\nLa roue.\n{% endstep %}\n{% step %}\n### Remonter\nLe pneu.\n{% endstep %}\n{% endstepper %}", "1", "Démonter", "2", "Remonter")]
    [InlineData("{% columns %}\n{% column %}\nÀ gauche.\n{% endcolumn %}\n{% column %}\nÀ droite.\n{% endcolumn %}\n{% endcolumns %}", "À gauche", "À droite")]
    [InlineData("{% code title=\"pression.py\" lineNumbers=\"true\" %}\n```python\nprint(1)\nprint(2)\n```\n{% endcode %}", "pression.py", "print(1)", "print(2)")]
    [InlineData("Un <mark style=\"color:orange;\">mot orange</mark> et ~~barré~~ et `code` et *italique*.", "mot orange", "barré", "code", "italique")]
    [InlineData("- [ ] à faire\n- [x] fait\n\n1. premier\n   * imbriqué", "\u2610", "à faire", "\u2611", "fait", "1.", "premier", "imbriqué")]
    [InlineData("| Gauche | Centre | Droite |\n|:--|:-:|--:|\n| a | b | c |", "Gauche", "Centre", "Droite")]
    [InlineData("Une note[^1].\n\n[^1]: Le texte de la note.", "Une note", "Le texte de la note")]
    [InlineData("> Une citation.", "Une citation")]
    [InlineData("{% swagger method=\"get\" path=\"/creneaux\" baseUrl=\"https://api.example.org\" summary=\"Lister\" %}\n{% swagger-parameter in=\"query\" name=\"jour\" type=\"string\" required=\"true\" %}\nLe jour voulu\n{% endswagger-parameter %}\n{% swagger-response status=\"200\" description=\"OK\" %}\nLa liste\n{% endswagger-response %}\n{% endswagger %}",
        "GET", "/creneaux", "Paramètres", "jour", "Le jour voulu", "Réponse 200", "La liste")]
    [InlineData("Bonjour :wave: 👋🏽 🇫🇷", "Bonjour")]
    public async Task Prints_the_construct(string markdown, params string[] expected)
    {
        var text = Normalize(string.Join("\n", PdfTools.TextPages((await Render(markdown)).Path)));
        foreach (var part in expected)
            Assert.Contains(Normalize(part), text, StringComparison.Ordinal);
        Assert.DoesNotContain("{%", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_embed_is_clickable_and_a_file_links_to_its_path()
    {
        var pdf = await Render("{% embed url=\"https://youtu.be/AKUHDXphgVw\" %}\n\n{% file src=\".gitbook/assets/guide.pdf\" %}");
        using var document = pdf.Open();
        var links = document.GetPage(1).GetHyperlinks().Select(link => link.Uri).ToList();
        Assert.Contains("https://youtu.be/AKUHDXphgVw", links);
        Assert.Contains(".gitbook/assets/guide.pdf", links);
    }

    [Fact]
    public async Task A_long_code_line_wraps_inside_the_margins()
    {
        var longLine = string.Join(" ", Enumerable.Range(0, 40).Select(i => $"mot{i}")) + " " + new string('x', 300);
        var pdf = await Render($"```\n{longLine}\n```");
        using var document = pdf.Open();
        var page = document.GetPage(1);
        Assert.All(page.GetWords(), word => Assert.InRange(word.BoundingBox.Right, 0, page.Width - 40));
        var text = string.Concat(PdfTools.TextPages(pdf.Path)).Replace("\n", "", StringComparison.Ordinal).Replace(" ", "", StringComparison.Ordinal);
        Assert.Contains(new string('x', 300), text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_long_table_repeats_its_header_on_every_page()
    {
        var rows = string.Concat(Enumerable.Range(1, 120).Select(i => $"| ligne {i} | valeur {i} |\n"));
        var pdf = await Render("| Entête A | Entête B |\n|---|---|\n" + rows);
        using var document = pdf.Open();
        Assert.True(document.NumberOfPages >= 3);
        Assert.All(document.GetPages(), page => Assert.Contains(page.GetWords(), word => word.Text == "Entête"));
    }

    [Fact]
    public async Task French_typography_ties_punctuation_in_text_but_not_in_code()
    {
        // pdftotext reads no-break spaces back as spaces (same glyph): the spans the engine gets are checked.
        var text = await PrintedSpans("Vraiment ? Oui : « bien ». `a ? b`", French);
        Assert.Contains("Vraiment\u202F?", text, StringComparison.Ordinal);
        Assert.Contains("Oui\u00A0:", text, StringComparison.Ordinal);
        Assert.Contains("«\u00A0bien\u00A0»", text, StringComparison.Ordinal);
        Assert.Contains("a ? b", text, StringComparison.Ordinal);
        Assert.Contains("Vraiment ?", await PrintedSpans("Vraiment ?", Theme.Default with { Language = "en-GB" }), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_icon_in_a_sentence_stays_in_its_line()
    {
        var paragraphs = await PrintedParagraphs("Cliquez sur ![](.gitbook/assets/cle.svg) **Ouvrir** pour entrer.", French);
        var sentence = Assert.Single(paragraphs, block => block.Spans.Any(span => span.Text.Contains("Cliquez", StringComparison.Ordinal)));
        Assert.Contains(sentence.Spans, span => span.Picture is not null);
        Assert.Contains(sentence.Spans, span => span.Text.Contains("pour entrer", StringComparison.Ordinal));
    }

    private static async Task<string> PrintedSpans(string markdown, Theme theme) =>
        string.Join("\n", (await PrintedParagraphs(markdown, theme)).Select(block => string.Concat(block.Spans.Select(span => span.Text))));

    // The paragraphs the renderer hands to the engine for a one-page space.
    private static async Task<List<Itou.Export.Pdf.Layout.TextBlock>> PrintedParagraphs(string markdown, Theme theme)
    {
        var folder = Directory.CreateTempSubdirectory("itou-pdf-spans-").FullName;
        try
        {
            Directory.CreateDirectory(Path.Combine(folder, ".gitbook", "assets"));
            File.Copy(Path.Combine(TestPaths.SampleSpace, ".gitbook", "assets", "icone-cle.svg"), Path.Combine(folder, ".gitbook", "assets", "cle.svg"));
            await File.WriteAllTextAsync(Path.Combine(folder, "README.md"), "# Essai\n\n" + markdown + "\n", TestContext.Current.CancellationToken);
            var space = await SpaceLoader.LoadAsync(folder, cancellationToken: TestContext.Current.CancellationToken);
            var publication = Publication.Create(space, ExportSelection.Book, theme);
            using var images = new PdfImages(publication, space.Diagnostics);
            var renderer = new PdfRenderer(publication, new PdfStyles(theme, publication.Language), images, space.Diagnostics, ContentLedger.For(publication));
            return [.. renderer.RenderPage(publication.Pages[0], "Essai").Children.OfType<Itou.Export.Pdf.Layout.TextBlock>()];
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static string Normalize(string text) =>
        text.Normalize(NormalizationForm.FormKC).Replace('\u00A0', ' ').Replace('\u202F', ' ');

    // A space of one page (plus a small PDF to attach), exported as a brief.
    private static async Task<ExportedPdf> Render(string markdown)
    {
        var folder = Directory.CreateTempSubdirectory("itou-pdf-construct-").FullName;
        try
        {
            Directory.CreateDirectory(Path.Combine(folder, ".gitbook", "assets"));
            File.Copy(Directory.GetFiles(Path.Combine(TestPaths.SampleSpace, ".gitbook", "assets"), "*.pdf")[0], Path.Combine(folder, ".gitbook", "assets", "guide.pdf"));
            await File.WriteAllTextAsync(Path.Combine(folder, "README.md"), "# Essai\n\n" + markdown + "\n", TestContext.Current.CancellationToken);
            return await ExportedPdf.CreateAsync(folder, ExportSelection.Page("README.md"), French, "construct-" + Guid.NewGuid().ToString("N"));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
