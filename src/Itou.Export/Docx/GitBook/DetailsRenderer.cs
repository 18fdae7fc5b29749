using Itou.Export.Docx.Styling;
using Itou.Export.Markdown.Details;

namespace Itou.Export.Docx.GitBook;

/// <summary>An expandable section, printed open: its summary as a "Block Title", then its body.</summary>
internal sealed class DetailsRenderer : DocxObjectRenderer<DetailsBlock>
{
    protected override void Write(DocxRenderer renderer, DetailsBlock obj)
    {
        if (obj.Summary is { } summary)
            renderer.WriteParagraph(StyleIds.BlockTitle, () => renderer.WriteLeafInline(summary));
        foreach (var block in obj.Where(b => b is not DetailsSummaryBlock))
            renderer.Write(block);
    }
}
