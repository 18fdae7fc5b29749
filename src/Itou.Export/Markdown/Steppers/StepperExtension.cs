using Itou.Export.Markdown.Tags;
using Markdig;
using Markdig.Renderers;

namespace Itou.Export.Markdown.Steppers;

/// <summary><c>{% stepper %}</c>/<c>{% step %}</c> → <see cref="StepperBlock"/>/<see cref="StepBlock"/> (steps numbered after parsing).</summary>
internal sealed class StepperExtension : IMarkdownExtension
{
    public void Setup(MarkdownPipelineBuilder pipeline)
    {
        pipeline.AddTag("stepper", TagBody.Required, (_, parser, _) => new StepperBlock(parser));
        pipeline.AddTag("step", TagBody.Required, (_, parser, _) => new StepBlock(parser));
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
    }
}
