using Markdig;

namespace Itou.Export.Markdown;

/// <summary>The Markdig pipeline of the GitBook dialect: CommonMark plus one extension per construct.</summary>
public static class GitBookPipeline
{
    /// <summary>The pipeline, built once (Markdig pipelines are immutable and thread-safe).</summary>
    public static MarkdownPipeline Pipeline { get; } = Build();

    private static MarkdownPipeline Build() => new MarkdownPipelineBuilder()
        .UseYamlFrontMatter()
        .UsePipeTables()
        .UseFootnotes()
        .UseTaskLists()
        .UseMathematics()
        .UseEmphasisExtras()
        .UseEmojiAndSmiley(enableSmileys: false)
        .Build();
}
