using Markdig.Parsers;
using Markdig.Syntax;

namespace Itou.Export.Markdown.Tags;

/// <summary>Whether a tag has a body closed by <c>{% endname %}</c>.</summary>
internal enum TagBody
{
    /// <summary>Never: <c>{% include "x" %}</c>.</summary>
    None,
    /// <summary>Always: <c>{% hint %}…{% endhint %}</c>; a missing end tag is reported.</summary>
    Required,
    /// <summary>Both forms exist (<c>{% file %}</c>, <c>{% embed %}</c>): a body when an end tag follows.</summary>
    Optional,
}

/// <summary>Builds the node for one tag occurrence.</summary>
internal delegate Block CreateTagBlock(GitBookTag tag, BlockParser parser, PageState page);

/// <summary>One known tag: its name, body kind and node factory (registered by the construct's extension).</summary>
internal sealed record TagDefinition(string Name, TagBody Body, CreateTagBlock Create);

/// <summary>The name → definition table the tag parser and the pairing pass share (docfx's shape).</summary>
internal sealed class TagRegistry
{
    private readonly Dictionary<string, TagDefinition> definitions = new(StringComparer.Ordinal);

    public void Add(TagDefinition definition) => definitions[definition.Name] = definition;

    public TagDefinition? Find(string name) => definitions.GetValueOrDefault(name);

    /// <summary>Unknown tags are paired like optional-body tags: a body only when an end tag follows.</summary>
    public TagBody BodyOf(string name) => Find(name)?.Body ?? TagBody.Optional;
}
