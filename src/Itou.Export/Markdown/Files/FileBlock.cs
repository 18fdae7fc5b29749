using Markdig.Parsers;
using Markdig.Syntax;

namespace Itou.Export.Markdown.Files;

/// <summary>
/// <c>{% file src="…" caption="…" %}</c> or the block form <c>{% file src="…" %}caption{% endfile %}</c>:
/// a downloadable attachment. Children are the caption, parsed (empty when there is none).
/// </summary>
public sealed class FileBlock(BlockParser? parser) : ContainerBlock(parser)
{
    /// <summary>The file reference, with Markdown escapes (<c>\_ \( \)</c>) removed; relative to the page.</summary>
    public string Source { get; init; } = "";

    /// <summary>The file name shown when there is no caption (last path segment of <see cref="Source"/>, URL-decoded).</summary>
    public string FileName => Uri.UnescapeDataString(Source[(Source.LastIndexOf('/') + 1)..]);
}
