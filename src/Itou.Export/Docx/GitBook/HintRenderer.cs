using Itou.Export.Docx.Blocks;
using Itou.Export.Docx.Styling;
using Itou.Export.Markdown.Hints;

namespace Itou.Export.Docx.GitBook;

/// <summary>
/// A hint: a one-cell table in its own table style ("Hint Info", "Hint Success", "Hint Warning",
/// "Hint Danger": pale shading, thick left border in the theme colour), so the body may hold
/// lists, headings, images and tables like the text around it.
/// </summary>
internal sealed class HintRenderer : DocxObjectRenderer<HintBlock>
{
    protected override void Write(DocxRenderer renderer, HintBlock obj)
    {
        var table = TableWriter.Begin(renderer, StyleIds.Hint(Kind(obj.Style)), 1);
        var row = TableWriter.AddRow(table, isHeader: false);
        TableWriter.AddCell(renderer, row, 1, 1, null, () => renderer.WriteChildren(obj));
    }

    private static HintKind Kind(HintStyle style) => style switch
    {
        HintStyle.Success => HintKind.Success,
        HintStyle.Warning => HintKind.Warning,
        HintStyle.Danger => HintKind.Danger,
        _ => HintKind.Info,
    };
}
