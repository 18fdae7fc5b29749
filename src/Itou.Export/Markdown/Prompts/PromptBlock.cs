using Markdig.Parsers;
using Markdig.Syntax;

namespace Itou.Export.Markdown.Prompts;

/// <summary><c>{% prompt description="…" icon="…" %}</c> fence <c>{% endprompt %}</c>: an AI prompt to copy; children hold the body (usually one code block).</summary>
public sealed class PromptBlock(BlockParser? parser) : ContainerBlock(parser)
{
    /// <summary>The description shown above the prompt, or null.</summary>
    public string? Description { get; init; }

    /// <summary>The icon name, or null.</summary>
    public string? Icon { get; init; }
}
