using Itou.Export.Docx.Styling;
using Itou.Export.Markdown.Steppers;
using Markdig.Syntax;

namespace Itou.Export.Docx.GitBook;

/// <summary>A step of a stepper: its number and title (the step's opening heading) as a "Block Title", then its body.</summary>
internal sealed class StepRenderer : DocxObjectRenderer<StepBlock>
{
    protected override void Write(DocxRenderer renderer, StepBlock obj)
    {
        var heading = obj.Count > 0 ? obj[0] as HeadingBlock : null;
        renderer.WriteParagraph(StyleIds.BlockTitle, () =>
        {
            renderer.WriteText(obj.Number.ToString(System.Globalization.CultureInfo.InvariantCulture) + ". ");
            if (heading is not null)
                renderer.WriteLeafInline(heading);
        });
        if (heading is not null)
            renderer.State.Ledger.Written(heading);
        foreach (var block in obj.Where(b => b != heading))
            renderer.Write(block);
    }
}
