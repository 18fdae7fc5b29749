using DocumentFormat.OpenXml.Wordprocessing;
using Itou.Export.Docx.Blocks;
using Itou.Export.Docx.Styling;
using Itou.Export.Markdown.Hints;
using Itou.Export.Rendering;

namespace Itou.Export.Docx.GitBook;

/// <summary>
/// A hint: a one-cell table in its own table style ("Hint Info", "Hint Success", "Hint Warning",
/// "Hint Danger": the tint, rule and frame of its <see cref="CalloutLook"/>, shared with the PDF), its
/// symbol at the start of the body, so the body may hold lists, headings, images and tables like the text
/// around it. In grey print a danger is told from a warning by its symbol, wider rule, darker tint and frame.
/// </summary>
internal sealed class HintRenderer : DocxObjectRenderer<HintBlock>
{
    protected override void Write(DocxRenderer renderer, HintBlock obj)
    {
        var table = TableWriter.Begin(renderer, StyleIds.Hint(obj.Style), 1);
        var row = TableWriter.AddRow(table, isHeader: false);
        var cell = TableWriter.AddCell(renderer, row, 1, 1, null, () => renderer.WriteChildren(obj));
        AddSymbol(cell, CalloutLook.Of(obj.Style, renderer.State.Theme.Colors));
    }

    /// <summary>The symbol starts the first paragraph when it is plain text, else (a heading, a list) stands on a line of its own.</summary>
    private static void AddSymbol(TableCell cell, CalloutLook look)
    {
        var sign = new Run(new RunProperties(new Bold(), new Color { Val = DocxStyles.Hex(look.Color) }),
            new Text(look.Symbol + " ") { Space = DocumentFormat.OpenXml.SpaceProcessingModeValues.Preserve });
        var first = cell.GetFirstChild<Paragraph>();
        if (first is not null && ReferenceEquals(cell.Elements().FirstOrDefault(e => e is not TableCellProperties), first)
            && first.ParagraphProperties?.ParagraphStyleId is null && first.ParagraphProperties?.NumberingProperties is null)
        {
            if (first.ParagraphProperties is { } properties)
                first.InsertAfter(sign, properties);
            else
                first.PrependChild(sign);
            return;
        }
        cell.InsertAfter(new Paragraph(sign), cell.TableCellProperties!);
    }
}
