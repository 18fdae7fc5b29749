using Markdig.Parsers;
using Markdig.Syntax;

namespace Itou.Export.Markdown.Steppers;

/// <summary><c>{% stepper %}</c>: numbered steps; children are <see cref="StepBlock"/>s.</summary>
public sealed class StepperBlock(BlockParser? parser) : ContainerBlock(parser);

/// <summary><c>{% step %}</c>: one step; children are its body (usually starting with a heading).</summary>
public sealed class StepBlock(BlockParser? parser) : ContainerBlock(parser)
{
    /// <summary>1-based position of the step in its stepper.</summary>
    public int Number { get; set; }
}
