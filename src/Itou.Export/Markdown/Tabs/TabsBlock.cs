using Markdig.Parsers;
using Markdig.Syntax;

namespace Itou.Export.Markdown.Tabs;

/// <summary>
/// <c>{% tabs %}</c> (or legacy <c>{% code-tabs %}</c>): a group of <see cref="TabBlock"/> children.
/// On paper every tab is printed, one after another, each titled.
/// </summary>
public sealed class TabsBlock(BlockParser? parser) : ContainerBlock(parser)
{
    /// <summary>True for the legacy <c>code-tabs</c> form (each tab holds one code block).</summary>
    public bool IsCodeTabs { get; init; }
}

/// <summary><c>{% tab title="…" %}</c> (or legacy <c>{% code-tabs-item title="…" %}</c>): children are the tab's body.</summary>
public sealed class TabBlock(BlockParser? parser) : ContainerBlock(parser)
{
    /// <summary>The tab title ("" when absent).</summary>
    public string Title { get; init; } = "";

    /// <summary>The icon name, or null.</summary>
    public string? Icon { get; init; }
}
