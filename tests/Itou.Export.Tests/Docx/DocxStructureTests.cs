using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Itou.Export.Docx;
using Itou.Export.Docx.Links;
using SkiaSharp;
using A = DocumentFormat.OpenXml.Drawing;
using DW = DocumentFormat.OpenXml.Drawing.Wordprocessing;

namespace Itou.Export.Tests.Docx;

/// <summary>Read-back of the Word structure through the Open XML SDK: styles, numbering, bookmarks, links, images, notes, fields.</summary>
public class DocxStructureTests
{
    [Fact]
    public void Styles_are_asked_for_by_their_Word_names()
    {
        using var doc = DocxTestDocument.Brief("Texte");
        var expected = new Dictionary<string, string>
        {
            ["Normal"] = "Normal", ["Title"] = "Title", ["Subtitle"] = "Subtitle", ["Quote"] = "Quote", ["Caption"] = "caption",
            ["ListBullet"] = "List Bullet", ["ListNumber"] = "List Number", ["Hyperlink"] = "Hyperlink",
            ["TOC1"] = "toc 1", ["TOC2"] = "toc 2", ["TOC3"] = "toc 3", ["TableGrid"] = "Table Grid",
            ["SourceCode"] = "Source Code", ["CodeTitle"] = "Code Title", ["Card"] = "Card",
            ["HintInfo"] = "Hint Info", ["HintSuccess"] = "Hint Success", ["HintWarning"] = "Hint Warning", ["HintDanger"] = "Hint Danger",
        };
        for (var level = 1; level <= 6; level++)
            expected["Heading" + level] = "heading " + level;
        foreach (var (id, name) in expected)
            Assert.Equal(name, doc.StyleName(id));
        var outline = doc.Main.StyleDefinitionsPart!.Styles!.Elements<Style>().Single(s => s.StyleId == "Heading2")
            .StyleParagraphProperties!.OutlineLevel!.Val!.Value;
        Assert.Equal(1, outline);
    }

    [Fact]
    public void Hint_styles_carry_the_theme_colours_on_their_left_border()
    {
        using var doc = DocxTestDocument.Brief("Texte");
        var colours = new Dictionary<string, string> { ["HintInfo"] = "0063CB", ["HintSuccess"] = "18753C", ["HintWarning"] = "B34000", ["HintDanger"] = "CE0500" };
        foreach (var (id, colour) in colours)
        {
            var style = doc.Main.StyleDefinitionsPart!.Styles!.Elements<Style>().Single(s => s.StyleId == id);
            Assert.Equal(colour, style.StyleTableProperties!.TableBorders!.LeftBorder!.Color!.Value);
            Assert.NotNull(style.StyleTableCellProperties!.Shading!.Fill);
        }
    }

    [Fact]
    public void A_plain_paragraph_has_no_list_style_nor_indent()
    {
        using var doc = DocxTestDocument.Brief("Un paragraphe.");
        var paragraph = doc.Body.Elements<Paragraph>().Single(p => p.InnerText == "Un paragraphe.");
        Assert.Null(paragraph.ParagraphProperties?.ParagraphStyleId);
        Assert.Null(paragraph.ParagraphProperties?.Indentation);
    }

    [Fact]
    public void Lists_use_real_numbering_restarting_per_list_and_nesting_by_level()
    {
        using var doc = DocxTestDocument.Brief("1. un\n2. deux\n   * sous\n\nTexte\n\n3. trois\n4. quatre\n");
        Assert.Empty(doc.ValidationErrors());
        var items = doc.ParagraphsIn("ListNumber").ToList();
        Assert.Equal(["un", "deux", "trois", "quatre"], items.Select(p => p.InnerText));
        var first = items[0].ParagraphProperties!.NumberingProperties!.NumberingId!.Val!.Value;
        var second = items[2].ParagraphProperties!.NumberingProperties!.NumberingId!.Val!.Value;
        Assert.NotEqual(first, second);
        Assert.Equal(first, items[1].ParagraphProperties!.NumberingProperties!.NumberingId!.Val!.Value);
        var numbering = doc.Main.NumberingDefinitionsPart!.Numbering!;
        var restart = numbering.Elements<NumberingInstance>().Single(n => n.NumberID!.Value == second);
        Assert.Equal(3, restart.Elements<LevelOverride>().Single().StartOverrideNumberingValue!.Val!.Value);
        var nested = doc.ParagraphsIn("ListBullet").Single();
        Assert.Equal("sous", nested.InnerText);
        Assert.Equal(1, nested.ParagraphProperties!.NumberingProperties!.NumberingLevelReference!.Val!.Value);
        var bulletAbstract = numbering.Elements<NumberingInstance>()
            .Single(n => n.NumberID!.Value == nested.ParagraphProperties.NumberingProperties.NumberingId!.Val!.Value).AbstractNumId!.Val!.Value;
        var format = numbering.Elements<AbstractNum>().Single(a => a.AbstractNumberId!.Value == bulletAbstract)
            .Elements<Level>().First().NumberingFormat!.Val!.Value;
        Assert.Equal(NumberFormatValues.Bullet, format);
    }

    [Fact]
    public void Headings_carry_bookmarks_that_internal_links_point_to()
    {
        using var doc = DocxTestDocument.Brief("# Titre\n\n## Première partie\n\nVoir [la partie](#premiere-partie) et [le site](https://example.org/x).",
            links: url => url.StartsWith('#') ? new DocxLinkTarget.Internal(Itou.Export.Publishing.AnchorIds.For("page.md", url[1..])) : new DocxLinkTarget.External(new Uri(url)));
        Assert.Empty(doc.ValidationErrors());
        var heading = doc.ParagraphsIn("Heading1").Single();
        Assert.Equal("Première partie", heading.InnerText);
        var bookmark = heading.Elements<BookmarkStart>().Single();
        var links = doc.Body.Descendants<Hyperlink>().ToList();
        Assert.Equal(bookmark.Name!.Value, links.Single(l => l.Anchor is not null).Anchor!.Value);
        var external = links.Single(l => l.Id is not null);
        Assert.Equal("https://example.org/x", doc.Main.HyperlinkRelationships.Single(r => r.Id == external.Id!.Value).Uri.ToString());
        Assert.All(links.SelectMany(l => l.Descendants<Run>()), r => Assert.Equal("Hyperlink", r.RunProperties!.RunStyle!.Val!.Value));
    }

    [Fact]
    public void Images_keep_their_aspect_ratio_and_fit_the_text_width_and_svg_has_a_png_fallback()
    {
        using var folder = new TempFolder();
        var wide = folder.File("wide.png");
        WritePng(wide, 3000, 1000);
        var icon = folder.File("icon.svg");
        File.WriteAllText(icon, "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"24\" height=\"12\"><rect width=\"24\" height=\"12\" fill=\"#000091\"/></svg>");
        using var doc = DocxTestDocument.Brief("![large](wide.png)\n\nUne icône ![](icon.svg) dans le texte.",
            assets: reference => new DocxAsset(folder.File(reference), reference));
        Assert.Empty(doc.ValidationErrors());
        var extents = doc.Body.Descendants<DW.Extent>().ToList();
        Assert.Equal(2, extents.Count);
        var textWidthEmu = (11906 - 2 * 1020) * 635L;
        Assert.InRange(extents[0].Cx!.Value, textWidthEmu - 635, textWidthEmu);
        Assert.Equal(3.0, (double)extents[0].Cx!.Value / extents[0].Cy!.Value, 2);
        Assert.Equal(24 * 9525, extents[1].Cx!.Value);
        Assert.Equal(12 * 9525, extents[1].Cy!.Value);
        var blips = doc.Body.Descendants<A.Blip>().ToList();
        Assert.Equal("image/png", ((ImagePart)doc.Main.GetPartById(blips[1].Embed!.Value!)).ContentType);
        var svgBlip = blips[1].Descendants().Single(e => e.LocalName == "svgBlip");
        var svgId = svgBlip.GetAttributes().Single(a => a.LocalName == "embed").Value!;
        Assert.Equal("image/svg+xml", doc.Main.GetPartById(svgId).ContentType);
        Assert.Equal("large", doc.Body.Descendants<DW.DocProperties>().First().Description!.Value);
    }

    [Fact]
    public void A_missing_image_leaves_its_description_in_the_text()
    {
        using var doc = DocxTestDocument.Brief("Voir ![schéma](absent.png) ici.");
        Assert.Contains("[schéma]", doc.Body.InnerText, StringComparison.Ordinal);
        Assert.Empty(doc.Body.Descendants<Drawing>());
    }

    [Fact]
    public void Pipe_tables_repeat_their_header_row_and_keep_alignment()
    {
        using var doc = DocxTestDocument.Brief("| Nom | Valeur |\n|:---|---:|\n| a | 1 |\n| b | 2 |\n");
        Assert.Empty(doc.ValidationErrors());
        var table = doc.Body.Elements<Table>().Single();
        Assert.Equal("TableGrid", table.GetFirstChild<TableProperties>()!.TableStyle!.Val!.Value);
        var rows = table.Elements<TableRow>().ToList();
        Assert.Equal(3, rows.Count);
        Assert.NotNull(rows[0].TableRowProperties!.GetFirstChild<TableHeader>());
        Assert.Null(rows[1].TableRowProperties);
        Assert.All(rows[0].Descendants<Run>(), r => Assert.NotNull(r.RunProperties!.Bold));
        var right = rows[1].Elements<TableCell>().Last().Elements<Paragraph>().Single();
        Assert.Equal(JustificationValues.Right, right.ParagraphProperties!.Justification!.Val!.Value);
    }

    [Fact]
    public void Footnotes_go_to_the_footnotes_part()
    {
        using var doc = DocxTestDocument.Brief("Une phrase[^1].\n\n[^1]: La note.\n");
        Assert.Empty(doc.ValidationErrors());
        var reference = doc.Body.Descendants<FootnoteReference>().Single();
        var note = doc.Main.FootnotesPart!.Footnotes!.Elements<Footnote>().Single(f => f.Id!.Value == reference.Id!.Value);
        Assert.Contains("La note.", note.InnerText, StringComparison.Ordinal);
        Assert.DoesNotContain("La note.", doc.Body.InnerText, StringComparison.Ordinal);
    }

    [Fact]
    public void A_note_called_twice_is_written_once_and_the_second_call_shows_its_number()
    {
        using var doc = DocxTestDocument.Brief("Une phrase[^a] et une autre[^b], puis encore[^a].\n\n[^a]: La note A.\n[^b]: La note B.\n");
        Assert.Empty(doc.ValidationErrors());
        var notes = doc.Main.FootnotesPart!.Footnotes!.Elements<Footnote>().Where(f => f.Id!.Value > 0).ToList();
        Assert.Equal(["La note A.", "La note B."], notes.Select(n => n.InnerText.Trim()));
        Assert.Equal(2, doc.Body.Descendants<FootnoteReference>().Count());
        var repeated = doc.Body.Descendants<SimpleField>().Single(f => f.Instruction!.Value!.Contains("NOTEREF", StringComparison.Ordinal));
        var noteA = doc.Body.Descendants<FootnoteReference>().First().Id!.Value;
        Assert.Equal(noteA.ToString(System.Globalization.CultureInfo.InvariantCulture), repeated.InnerText);
        var target = repeated.Instruction!.Value!.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1];
        var bookmark = doc.Body.Descendants<BookmarkStart>().Single(b => b.Name!.Value == target);
        Assert.IsType<FootnoteReference>(bookmark.NextSibling()!.GetFirstChild<FootnoteReference>());
    }

    [Fact]
    public void Characters_XML_forbids_are_removed()
    {
        using var doc = DocxTestDocument.Brief("# Titre\n\n### \0Données relatives\n\nTexte\u0001 ici.");
        Assert.Empty(doc.ValidationErrors());
        Assert.Equal("Données relatives", doc.ParagraphsIn("Heading2").Single().InnerText);
        Assert.Contains("Texte ici.", doc.Body.InnerText, StringComparison.Ordinal);
    }

    [Fact]
    public void A_book_has_a_dirty_toc_field_prefilled_with_linked_entries_and_pages_on_new_sheets()
    {
        using var doc = DocxTestDocument.Book(("a.md", "# Page A\n\n## Partie\n\nTexte."), ("b.md", "# Page B\n\nTexte."));
        Assert.Empty(doc.ValidationErrors());
        var instruction = doc.Body.Descendants<FieldCode>().Single().Text;
        Assert.Contains("TOC \\o \"1-3\" \\h", instruction, StringComparison.Ordinal);
        Assert.True(doc.Body.Descendants<FieldChar>().First().Dirty!.Value);
        Assert.True(doc.Main.DocumentSettingsPart!.Settings!.GetFirstChild<UpdateFieldsOnOpen>()!.Val!.Value);
        var entries = doc.Body.Elements<Paragraph>().Where(p => p.ParagraphProperties?.ParagraphStyleId?.Val?.Value?.StartsWith("TOC", StringComparison.Ordinal) == true && p.ParagraphProperties.ParagraphStyleId.Val.Value != "TOCHeading").ToList();
        Assert.Equal(["Page A", "Partie", "Page B"], entries.Select(e => e.InnerText.Replace(" TOC \\o \"1-3\" \\h \\z \\u ", "", StringComparison.Ordinal)));
        var bookmarks = doc.Body.Descendants<BookmarkStart>().Select(b => b.Name!.Value).ToHashSet();
        Assert.All(entries, e => Assert.Contains(e.Descendants<Hyperlink>().Single().Anchor!.Value!, bookmarks));
        var titles = doc.ParagraphsIn("Heading1").ToList();
        Assert.Equal(["Page A", "Page B"], titles.Select(t => t.InnerText));
        Assert.All(titles, t => Assert.NotNull(t.ParagraphProperties!.PageBreakBefore));
        Assert.Equal("Partie", doc.ParagraphsIn("Heading2").Single().InnerText);
    }

    [Fact]
    public void The_header_and_footer_carry_the_title_and_page_fields()
    {
        using var doc = DocxTestDocument.Brief("Texte");
        var footer = doc.Main.FooterParts.Select(f => f.Footer!).First();
        Assert.Equal([" PAGE ", " NUMPAGES "], footer.Descendants<SimpleField>().Select(f => f.Instruction!.Value!));
        Assert.Contains(doc.Main.HeaderParts, h => h.Header!.InnerText.Contains("Test document", StringComparison.Ordinal));
        var properties = doc.Package.PackageProperties;
        Assert.Equal("Test document", properties.Title);
        Assert.Equal("A description", properties.Subject);
        Assert.Equal("en-US", properties.Language); // no theme language, one word of text: English
        Assert.False(string.IsNullOrEmpty(properties.Creator));
    }

    [Fact]
    public void The_same_input_gives_the_same_bytes()
    {
        using var first = DocxTestDocument.Brief("# Titre\n\nTexte [lien](https://example.org).");
        using var second = DocxTestDocument.Brief("# Titre\n\nTexte [lien](https://example.org).");
        Assert.Equal(first.Bytes.ToArray(), second.Bytes.ToArray());
    }

    private static void WritePng(string path, int width, int height)
    {
        using var bitmap = new SKBitmap(width, height);
        using (var canvas = new SKCanvas(bitmap))
            canvas.Clear(SKColors.CornflowerBlue);
        using var data = bitmap.Encode(SKEncodedImageFormat.Png, 100);
        File.WriteAllBytes(path, data.ToArray());
    }
}
