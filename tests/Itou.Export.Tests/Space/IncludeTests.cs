using Itou.Export.Markdown;
using Itou.Export.Publishing;
using Itou.Export.Space;
using Itou.Export.Tests.Support;

namespace Itou.Export.Tests.Space;

public sealed class IncludeTests : IDisposable
{
    private readonly TempSpace space = new TempSpace()
        .Write("guide/page.md", "# Page\n")
        .Write(".gitbook/includes/horaires.md", "---\ntitle: Horaires\n---\nOuvert le samedi.\n")
        .Write(".gitbook/includes/a.md", "A\n")
        .Write(".gitbook/includes/b.md", "B\n");
    private readonly DiagnosticBag bag = new();

    public void Dispose() => space.Dispose();

    private GitBookParseContext Context(string file, ExportLimits? limits = null, params string[] chain)
    {
        var reader = new IncludeReader(new SpaceFileReader(SpacePaths.RealPath(space.Folder), new ExportLimits(), bag), bag);
        return new GitBookParseContext { FilePath = file, Diagnostics = bag, IncludeReader = reader.Read, Limits = limits ?? new ExportLimits(), IncludeChain = chain };
    }

    [Fact]
    public void An_include_is_read_relative_to_the_page_without_its_front_matter()
    {
        var included = Context("guide/page.md").ReadInclude("../.gitbook/includes/horaires.md", 3);

        Assert.NotNull(included);
        Assert.Equal(".gitbook/includes/horaires.md", included.Value.Path);
        Assert.Equal("Ouvert le samedi.", included.Value.Text.Trim());
        Assert.Empty(bag.Items);
    }

    [Fact]
    public void A_nested_include_is_read_relative_to_the_including_file()
    {
        var nested = Context("guide/page.md").ForInclude(".gitbook/includes/a.md");

        Assert.Equal(".gitbook/includes/b.md", nested.ReadInclude("b.md", 1)?.Path);
        Assert.Equal(["guide/page.md"], nested.IncludeChain);
    }

    [Fact]
    public void A_cycle_is_refused_and_reported()
    {
        var inA = Context("guide/page.md").ForInclude(".gitbook/includes/a.md").ForInclude(".gitbook/includes/b.md");

        Assert.Null(inA.ReadInclude("a.md", 4));
        Assert.Null(inA.ReadInclude("b.md", 9));
        Assert.Equal([".gitbook/includes/b.md:4", ".gitbook/includes/b.md:9"], bag.Items.Where(d => d.Code == DiagnosticCodes.Include).Select(d => $"{d.File}:{d.Line}"));
        Assert.All(bag.Items, d => Assert.Contains("cycle", d.Message, StringComparison.Ordinal));
    }

    [Fact]
    public void Includes_deeper_than_the_limit_are_refused()
    {
        var deep = Context("guide/page.md", new ExportLimits { MaxIncludeDepth = 1 }).ForInclude(".gitbook/includes/a.md");

        Assert.Null(deep.ReadInclude("b.md", 2));
        Assert.Contains("deeper", Assert.Single(bag.Items).Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("../../outside.md")]
    [InlineData("/etc/passwd")]
    public void Includes_leaving_the_space_are_refused(string reference)
    {
        File.WriteAllText(Path.Combine(space.Parent, "outside.md"), "secret");

        Assert.Null(Context("guide/page.md").ReadInclude(reference, 5));
        var refused = Assert.Single(bag.Items);
        Assert.Equal((DiagnosticCodes.Include, "guide/page.md", 5), (refused.Code, refused.File, refused.Line));
    }

    [Fact]
    public void A_missing_include_is_reported_at_the_file_and_at_the_tag_that_includes_it()
    {
        Assert.Null(Context("guide/page.md").ReadInclude("../.gitbook/includes/gone.md", 6));
        Assert.Equal([$"{DiagnosticCodes.Include} guide/page.md:6", $"{DiagnosticCodes.SpaceRead} .gitbook/includes/gone.md:0"],
            bag.Items.Select(d => $"{d.Code} {d.File}:{d.Line}").Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task A_refused_include_of_a_page_is_reported_at_the_line_of_its_tag()
    {
        using var pages = new TempSpace()
            .Write("README.md", "# Accueil\n\nAvant.\n\n{% include \"../../ailleurs.md\" %}\n\nAprès.\n");

        var loaded = await SpaceLoader.LoadAsync(pages.Folder, cancellationToken: TestContext.Current.CancellationToken);

        var refused = Assert.Single(loaded.Diagnostics.Items, d => d.Code == DiagnosticCodes.Include);
        Assert.Equal(("README.md", 5), (refused.File, refused.Line));
    }
}
