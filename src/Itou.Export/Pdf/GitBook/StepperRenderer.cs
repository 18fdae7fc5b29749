using System.Globalization;
using Itou.Export.Markdown.Steppers;
using Itou.Export.Pdf.Layout;
using Itou.Export.Pdf.Text;
using Markdig.Renderers;
using SkiaSharp;

namespace Itou.Export.Pdf.GitBook;

/// <summary>
/// <c>{% stepper %}</c>: numbered steps, each number in a disc in the theme colour beside its body. Blocks
/// written in the stepper outside any step are printed in place, without a number.
/// </summary>
internal sealed class StepperRenderer : MarkdownObjectRenderer<PdfRenderer, StepperBlock>
{
    private const float Disc = 18f;

    protected override void Write(PdfRenderer renderer, StepperBlock obj)
    {
        var steps = new Column(PdfStyles.BlockGap + 2);
        var count = 0;
        foreach (var block in obj)
        {
            if (block is not StepBlock step)
            {
                steps.Add(renderer.Blocks(() => renderer.Write(block)));
                continue;
            }
            count++;
            var number = step.Number > 0 ? step.Number : count;
            var disc = new Box(new BoxStyle { Background = renderer.Styles.Primary, CornerRadius = Disc / 2 },
                new Padding(new Thickness(2, 0, 2, 0), new TextBlock(number.ToString(CultureInfo.InvariantCulture),
                    renderer.Styles.Body with { Bold = true, Size = 9, Color = SKColors.White }, new ParagraphStyle { Alignment = TextAlignment.Center })));
            // In a column the disc keeps its own height; a row would stretch it to the step's.
            steps.Add(new Row(8).AddFixed(Disc, new Column().Add(disc)).AddRelative(1, renderer.BlocksOf(step)));
        }
        renderer.Add(steps);
    }
}
