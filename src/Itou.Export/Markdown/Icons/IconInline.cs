using Markdig.Syntax.Inlines;

namespace Itou.Export.Markdown.Icons;

/// <summary>
/// <c>&lt;i class="fa-github"&gt;:github:&lt;/i&gt;</c>: a Font Awesome icon. Writers without icon fonts print
/// <see cref="Fallback"/> (the text GitBook keeps inside, an emoji when it is a known shortcode).
/// </summary>
public sealed class IconInline : LeafInline
{
    /// <summary>The icon name without the <c>fa-</c> prefix (<c>github</c>).</summary>
    public string Name { get; init; } = "";

    /// <summary>Text to print instead of the icon ("" when none).</summary>
    public string Fallback { get; init; } = "";
}
