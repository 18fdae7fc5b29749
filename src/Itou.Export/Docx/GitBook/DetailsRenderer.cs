using Itou.Export.Docx.Styling;
using Itou.Export.Markdown.Details;

namespace Itou.Export.Docx.GitBook;

/// <summary>An expandable section, printed open: its summary as a "Block Title", then its body.</summary>
internal sealed class DetailsRenderer : DocxObjectRenderer<DetailsBlock>
{
    protected override void Write(DocxRenderer renderer, DetailsBlock obj)
    {
        // Every summary is a title where it stands (hostile HTML can give a details several).
        foreach (var block in obj)
        {
            if (block is DetailsSummaryBlock summary)
                renderer.WriteParagraph(StyleIds.BlockTitle, () => renderer.WriteLeafInline(summary));
            else
                renderer.Write(block);
        }
    }
}
