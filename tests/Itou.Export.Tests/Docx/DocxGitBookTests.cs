using DocumentFormat.OpenXml.Wordprocessing;
using Itou.Export.Docx;
using Itou.Export.Docx.Links;
using Itou.Export.Markdown.Details;
using Itou.Export.Markdown.Figures;
using Itou.Export.Markdown.Marks;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using DW = DocumentFormat.OpenXml.Drawing.Wordprocessing;

namespace Itou.Export.Tests.Docx;

/// <summary>Spec tests: one GitBook construct in (through the dialect), the Word structure it maps to out.</summary>
public class DocxGitBookTests
{
    private static ContainerInline Text(string text) => new ContainerInline().AppendChild(new LiteralInline(text));

    private static string StyleOf(DocumentFormat.OpenXml.Wordprocessing.Table table) => table.GetFirstChild<TableProperties>()!.TableStyle!.Val!.Value!;

    [Theory]
    [InlineData("info", "HintInfo")]
    [InlineData("success", "HintSuccess")]
    [InlineData("warning", "HintWarning")]
    [InlineData("danger", "HintDanger")]
    public void A_hint_is_a_one_cell_table_in_its_style_holding_lists_and_headings(string style, string tableStyle)
    {
        using var doc = DocxTestDocument.GitBookBrief($"{{% hint style=\"{style}\" %}}\n#### Titre\n\n* un\n* deux\n{{% endhint %}}\n");
        Assert.Empty(doc.ValidationErrors());
        var table = doc.Body.Elements<DocumentFormat.OpenXml.Wordprocessing.Table>().Single();
        Assert.Equal(tableStyle, StyleOf(table));
        var cell = table.Descendants<TableCell>().Single();
        Assert.Equal("Titre", cell.Elements<Paragraph>().ElementAt(1).InnerText); // after the style's symbol
        Assert.Equal(2, cell.Elements<Paragraph>().Count(p => p.ParagraphProperties?.ParagraphStyleId?.Val == "ListBullet"));
        Assert.DoesNotContain("{%", doc.Body.InnerText, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_tab_is_printed_under_its_title()
    {
        using var doc = DocxTestDocument.GitBookBrief("{% tabs %}\n{% tab title=\"Windows\" %}\nPremier\n{% endtab %}\n{% tab title=\"Linux\" %}\nSecond\n{% endtab %}\n{% endtabs %}\n");
        Assert.Empty(doc.ValidationErrors());
        Assert.Equal(["Windows", "Linux"], doc.ParagraphsIn("BlockTitle").Select(p => p.InnerText));
        var text = doc.Body.InnerText;
        Assert.True(text.IndexOf("Premier", StringComparison.Ordinal) < text.IndexOf("Linux", StringComparison.Ordinal));
        Assert.Contains("Second", text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_code_block_keeps_its_title_and_numbers_its_lines_when_asked()
    {
        using var doc = DocxTestDocument.GitBookBrief("{% code title=\"app.js\" lineNumbers=\"true\" %}\n```js\nlet a = 1;\nlet b = 2;\n```\n{% endcode %}\n");
        Assert.Empty(doc.ValidationErrors());
        Assert.Equal("app.js", doc.ParagraphsIn("CodeTitle").Single().InnerText);
        var code = doc.ParagraphsIn("SourceCode").Single();
        Assert.Contains("  1  let a = 1;", code.InnerText, StringComparison.Ordinal);
        Assert.Contains("  2  let b = 2;", code.InnerText, StringComparison.Ordinal);
    }

    [Fact]
    public void A_content_ref_is_a_card_with_the_target_page_title_linked_inside_the_document()
    {
        using var doc = DocxTestDocument.GitBookBrief("{% content-ref url=\"autre.md\" %}\n[autre.md](autre.md)\n{% endcontent-ref %}\n",
            links: url => new DocxLinkTarget.Internal("autre-anchor") { Title = "Une autre page" });
        Assert.Empty(doc.ValidationErrors());
        var table = doc.Body.Elements<DocumentFormat.OpenXml.Wordprocessing.Table>().Single();
        Assert.Equal("Card", StyleOf(table));
        var title = table.Descendants<Paragraph>().Single(p => p.ParagraphProperties?.ParagraphStyleId?.Val == "CardTitle");
        Assert.Contains("Une autre page", title.InnerText, StringComparison.Ordinal);
        Assert.NotNull(title.Descendants<Hyperlink>().Single().Anchor);
        Assert.Contains(doc.Diagnostics.Items, d => d.Code == "DOCX-ANCHOR-MISSING");
    }

    [Fact]
    public void An_embed_is_a_card_with_its_link_and_a_QR_code()
    {
        using var doc = DocxTestDocument.GitBookBrief("{% embed url=\"https://youtu.be/AKUHDXphgVw\" %}\n");
        Assert.Empty(doc.ValidationErrors());
        var table = doc.Body.Elements<DocumentFormat.OpenXml.Wordprocessing.Table>().Single();
        Assert.Equal("Card", StyleOf(table));
        Assert.Contains("https://youtu.be/AKUHDXphgVw", table.InnerText, StringComparison.Ordinal);
        var link = table.Descendants<Hyperlink>().Single();
        Assert.Equal("https://youtu.be/AKUHDXphgVw", doc.Main.HyperlinkRelationships.Single(r => r.Id == link.Id!.Value).Uri.ToString());
        var qr = table.Descendants<DW.Extent>().Single();
        Assert.Equal(qr.Cx!.Value, qr.Cy!.Value);
    }

    [Fact]
    public void A_file_is_an_attachment_card_with_name_type_size_and_link()
    {
        using var folder = new TempFolder();
        File.WriteAllBytes(folder.File("guide.pdf"), new byte[3 * 1024]);
        using var doc = DocxTestDocument.GitBookBrief("{% file src=\".gitbook/assets/guide.pdf\" %}\nLe guide\n{% endfile %}\n",
            assets: reference => new DocxAsset(folder.File("guide.pdf"), ".gitbook/assets/guide.pdf"));
        Assert.Empty(doc.ValidationErrors());
        var card = doc.Body.Elements<DocumentFormat.OpenXml.Wordprocessing.Table>().Single();
        Assert.Contains("Le guide", card.InnerText, StringComparison.Ordinal);
        Assert.Contains("guide.pdf · PDF · 3 KB", card.InnerText, StringComparison.Ordinal);
        var link = card.Descendants<Hyperlink>().Single();
        Assert.Equal(".gitbook/assets/guide.pdf", doc.Main.HyperlinkRelationships.Single(r => r.Id == link.Id!.Value).Uri.ToString());
    }

    [Fact]
    public void Steps_are_numbered_with_their_heading_as_title()
    {
        using var doc = DocxTestDocument.GitBookBrief("{% stepper %}\n{% step %}\n### Créer\nTexte un\n{% endstep %}\n{% step %}\n### Publier\nTexte deux\n{% endstep %}\n{% endstepper %}\n");
        Assert.Empty(doc.ValidationErrors());
        Assert.Equal(["1. Créer", "2. Publier"], doc.ParagraphsIn("BlockTitle").Select(p => p.InnerText));
    }

    [Fact]
    public void Columns_sit_side_by_side_in_a_borderless_table()
    {
        using var doc = DocxTestDocument.GitBookBrief("{% columns %}\n{% column %}\nGauche\n{% endcolumn %}\n{% column %}\nDroite\n{% endcolumn %}\n{% endcolumns %}\n");
        Assert.Empty(doc.ValidationErrors());
        var table = doc.Body.Elements<DocumentFormat.OpenXml.Wordprocessing.Table>().Single();
        Assert.Equal("PlainTable", StyleOf(table));
        Assert.Equal(["Gauche", "Droite"], table.Descendants<TableCell>().Select(c => c.InnerText));
    }

    [Fact]
    public void Details_are_printed_open_with_the_summary_as_title()
    {
        // <details><summary>Plus d'informations</summary>Le détail.</details>, as the dialect's node.
        var details = new DetailsBlock(null) { new DetailsSummaryBlock(null) { Inline = Text("Plus d'informations") }, new ParagraphBlock { Inline = Text("Le détail.") } };
        using var doc = DocxTestDocument.Tree([details]);
        Assert.Empty(doc.ValidationErrors());
        Assert.Equal("Plus d'informations", doc.ParagraphsIn("BlockTitle").Single().InnerText);
        Assert.Contains("Le détail.", doc.Body.InnerText, StringComparison.Ordinal);
    }

    [Fact]
    public void Marks_colour_their_text_with_the_theme_colours()
    {
        // Un <mark style="color:orange;">avertissement</mark> et un <mark style="background-color:blue;">fond</mark>.
        var inline = Text("Un ");
        inline.AppendChild(new MarkInline { Color = "orange" }.AppendChild(new LiteralInline("avertissement")));
        inline.AppendChild(new LiteralInline(" et un "));
        inline.AppendChild(new MarkInline { BackgroundColor = "blue" }.AppendChild(new LiteralInline("fond")));
        using var doc = DocxTestDocument.Tree([new ParagraphBlock { Inline = inline }]);
        Assert.Empty(doc.ValidationErrors());
        var runs = doc.Body.Descendants<Run>().ToList();
        Assert.Equal("B34000", runs.Single(r => r.InnerText == "avertissement").RunProperties!.Color!.Val!.Value);
        Assert.NotNull(runs.Single(r => r.InnerText == "fond").RunProperties!.Shading);
    }

    [Fact]
    public void An_API_block_has_a_method_header_and_a_parameter_table()
    {
        using var doc = DocxTestDocument.GitBookBrief("{% swagger method=\"get\" path=\"/pets\" baseUrl=\"https://api.example.org\" summary=\"Liste\" %}\n{% swagger-parameter in=\"query\" name=\"limit\" type=\"integer\" required=\"false\" %}\nNombre maximum\n{% endswagger-parameter %}\n{% swagger-response status=\"200\" description=\"OK\" %}\n```json\n[]\n```\n{% endswagger-response %}\n{% endswagger %}\n");
        Assert.Empty(doc.ValidationErrors());
        Assert.Equal("GET https://api.example.org/pets", doc.ParagraphsIn("BlockTitle").Single().InnerText);
        var table = doc.Body.Elements<DocumentFormat.OpenXml.Wordprocessing.Table>().Single();
        var rows = table.Elements<TableRow>().ToList();
        // Too few words to tell the language: English labels, as the PDF writes them.
        Assert.Equal(["Name", "Location", "Type", "Required", "Description"], rows[0].Elements<TableCell>().Select(c => c.InnerText));
        Assert.Equal(["limit", "query", "integer", "no", "Nombre maximum"], rows[1].Elements<TableCell>().Select(c => c.InnerText));
        Assert.Contains(doc.ParagraphsIn("CodeTitle"), p => p.InnerText == "Response 200 OK");
    }

    [Fact]
    public void An_HTML_figure_is_centred_with_its_caption()
    {
        using var folder = new TempFolder();
        var svg = folder.File("schema.svg");
        File.WriteAllText(svg, "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"400\" height=\"200\"><circle cx=\"100\" cy=\"100\" r=\"80\" fill=\"#18753C\"/></svg>");
        // <figure><img src="schema.svg" alt="Un schéma" width="200"><figcaption><p>La légende</p></figcaption></figure>
        var figure = new FigureBlock(null) { Source = "schema.svg", Alt = "Un schéma", Width = "200", Inline = Text("La légende") };
        using var doc = DocxTestDocument.Tree([figure], assets: reference => new DocxAsset(svg, reference));
        Assert.Empty(doc.ValidationErrors());
        var extent = doc.Body.Descendants<DW.Extent>().Single();
        Assert.Equal(200 * 9525, extent.Cx!.Value);
        Assert.Equal(100 * 9525, extent.Cy!.Value);
        var caption = doc.ParagraphsIn("Caption").Single();
        Assert.Equal("La légende", caption.InnerText);
        Assert.Equal(JustificationValues.Center, caption.ParagraphProperties!.Justification!.Val!.Value);
    }

    [Fact]
    public void Emoji_stay_text()
    {
        using var doc = DocxTestDocument.GitBookBrief("Bravo :tada: et :point\\_right: ici");
        Assert.Contains("🎉", doc.Body.InnerText, StringComparison.Ordinal);
        Assert.Contains("👉", doc.Body.InnerText, StringComparison.Ordinal);
    }
}
