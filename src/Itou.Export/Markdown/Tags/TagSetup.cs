using Markdig;

namespace Itou.Export.Markdown.Tags;

/// <summary>How a construct's extension registers its tags (the shared parser is added on first use).</summary>
internal static class TagSetup
{
    public static TagRegistry GitBookTags(this MarkdownPipelineBuilder builder)
    {
        var parser = builder.BlockParsers.Find<GitBookTagParser>();
        if (parser is null)
        {
            parser = new GitBookTagParser();
            builder.BlockParsers.Insert(0, parser);
        }
        return parser.Registry;
    }

    public static void AddTag(this MarkdownPipelineBuilder builder, string name, TagBody body, CreateTagBlock create) =>
        builder.GitBookTags().Add(new TagDefinition(name, body, create));

    /// <summary>GitBook writes booleans as <c>"true"</c>/<c>"false"</c> (or a bare flag, read as true).</summary>
    public static bool Flag(this GitBookTag tag, string name) =>
        string.Equals(tag.Attribute(name), "true", StringComparison.OrdinalIgnoreCase);

    public static string? NonEmpty(this GitBookTag tag, string name) =>
        string.IsNullOrWhiteSpace(tag.Attribute(name)) ? null : tag.Attribute(name)!.Trim();
}
