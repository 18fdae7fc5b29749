using Markdig.Parsers;
using Markdig.Syntax;

namespace Itou.Export.Markdown.Embeds;

/// <summary>
/// <c>{% embed url="…" %}</c> (a video, a document…): on paper a card with the link. Children are the
/// caption, parsed (from the body before <c>{% endembed %}</c>, or from the legacy <c>caption="…"</c>).
/// </summary>
public sealed class EmbedBlock(BlockParser? parser) : ContainerBlock(parser)
{
    /// <summary>The embedded URL.</summary>
    public string Url { get; init; } = "";
}
