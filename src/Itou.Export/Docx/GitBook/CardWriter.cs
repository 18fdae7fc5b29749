using Itou.Export.Docx.Blocks;
using DocumentFormat.OpenXml.Wordprocessing;
using Itou.Export.Docx.Styling;

namespace Itou.Export.Docx.GitBook;

/// <summary>A card: a one-cell table in the "Card" style (shaded, thin border) holding blocks; optionally a picture cell on the right.</summary>
internal static class CardWriter
{
    public static void Write(DocxRenderer renderer, Action writeContent, Action? writeAside = null)
    {
        var columns = writeAside is null ? 1 : 4;
        var table = TableWriter.Begin(renderer, StyleIds.Card, columns);
        var row = TableWriter.AddRow(table, isHeader: false);
        TableWriter.AddCell(renderer, row, columns, columns - (writeAside is null ? 0 : 1), null, writeContent);
        if (writeAside is not null)
            TableWriter.AddCell(renderer, row, columns, 1, JustificationValues.Right, writeAside);
    }
}
