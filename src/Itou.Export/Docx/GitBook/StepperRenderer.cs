using Itou.Export.Docx.Styling;
using Itou.Export.Markdown.Steppers;
using Markdig.Syntax;

namespace Itou.Export.Docx.GitBook;

/// <summary>A stepper: each step's number and title (the step's opening heading) as a "Block Title", then its body.</summary>
internal sealed class StepperRenderer : DocxObjectRenderer<StepperBlock>
{
    protected override void Write(DocxRenderer renderer, StepperBlock obj)
    {
        foreach (var block in obj)
        {
            if (block is StepBlock step)
                WriteStep(renderer, step);
            else
                renderer.Write(block);
        }
    }

    private static void WriteStep(DocxRenderer renderer, StepBlock step)
    {
        var heading = step.Count > 0 ? step[0] as HeadingBlock : null;
        renderer.WriteParagraph(StyleIds.BlockTitle, () =>
        {
            renderer.WriteText(step.Number.ToString(System.Globalization.CultureInfo.InvariantCulture) + ". ");
            if (heading is not null)
                renderer.WriteLeafInline(heading);
        });
        if (heading is not null)
            renderer.State.Ledger.Written(heading);
        foreach (var block in step.Where(b => b != heading))
            renderer.Write(block);
    }
}
