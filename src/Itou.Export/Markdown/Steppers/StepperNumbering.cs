using Markdig.Syntax;

namespace Itou.Export.Markdown.Steppers;

/// <summary>Numbers each stepper's steps 1, 2, 3… (writers print the number beside the step).</summary>
internal static class StepperNumbering
{
    public static void Number(MarkdownDocument document)
    {
        foreach (var stepper in BlockTree.All<StepperBlock>(document))
        {
            var number = 0;
            foreach (var step in stepper.OfType<StepBlock>()) step.Number = ++number;
        }
    }
}
