using Itou.Export.Publishing;
using Itou.Export.Space;
using Itou.Export.Tests.Support;

namespace Itou.Export.Tests.Space;

public class ConfigTests
{
    [Fact]
    public async Task Without_gitbook_yaml_the_defaults_apply()
    {
        using var space = new TempSpace().Write("README.md", "# Home\n");

        var loaded = await space.LoadAsync();

        Assert.Equal(GitBookConfig.Default, loaded.Config);
        Assert.Equal(("./", "README.md", "SUMMARY.md"), (loaded.Config.Root, loaded.Config.Readme, loaded.Config.Summary));
        Assert.Empty(loaded.Diagnostics.Items);
    }

    [Fact]
    public void Every_key_is_read()
    {
        var bag = new DiagnosticBag();

        var config = GitBookConfig.Parse("""
            root: ./docs/
            structure:
              readme: intro.md
              summary: toc.md
            redirects:
              old/page: new/page.md
              /help: ./support/README.md
            """, bag);

        Assert.Equal("./docs/", config.Root);
        Assert.Equal("intro.md", config.Readme);
        Assert.Equal("toc.md", config.Summary);
        Assert.Equal("new/page.md", config.Redirects["old/page"]);
        Assert.Equal("support/README.md", config.Redirects["help"]);
        Assert.Empty(bag.Items);
    }

    [Fact]
    public void Missing_keys_keep_their_defaults()
    {
        var config = GitBookConfig.Parse("root: docs\n", new DiagnosticBag());

        Assert.Equal(("docs", "README.md", "SUMMARY.md"), (config.Root, config.Readme, config.Summary));
        Assert.Empty(config.Redirects);
    }

    [Fact]
    public void Invalid_yaml_gives_a_diagnostic_and_the_defaults()
    {
        var bag = new DiagnosticBag();

        var config = GitBookConfig.Parse("root: ./\nstructure: [unclosed\n", bag);

        Assert.Equal(GitBookConfig.Default, config);
        var diagnostic = Assert.Single(bag.Items);
        Assert.Equal((DiagnosticCodes.SpaceConfig, ".gitbook.yaml"), (diagnostic.Code, diagnostic.File));
        Assert.True(diagnostic.Line >= 2);
    }

    [Fact]
    public async Task Pages_and_summary_are_read_under_the_configured_root()
    {
        using var space = new TempSpace()
            .Write(".gitbook.yaml", "root: ./docs/\nstructure:\n  readme: intro.md\n  summary: toc.md\n")
            .Write("docs/intro.md", "# Intro\n")
            .Write("docs/toc.md", "# Table of contents\n\n* [Intro](intro.md)\n* [Guide](guide/)\n")
            .Write("docs/guide/intro.md", "# Guide\n")
            .Write("notes.md", "# Outside the root\n");

        var loaded = await space.LoadAsync();

        Assert.Equal(["intro.md", "guide/intro.md"], loaded.Pages.Select(page => page.Path));
        Assert.Equal("Intro", loaded.Title);
        Assert.Empty(loaded.Orphans);
    }

    [Fact]
    public async Task A_root_leaving_the_space_is_refused()
    {
        using var space = new TempSpace().Write(".gitbook.yaml", "root: ../\n").Write("README.md", "# Home\n");

        var loaded = await space.LoadAsync();

        Assert.Equal(["README.md"], loaded.Pages.Select(page => page.Path));
        Assert.Equal([".gitbook.yaml:0"], TempSpace.Places(loaded, DiagnosticCodes.SpaceRoot));
    }

    [Fact]
    public async Task Space_variables_come_from_vars_yaml()
    {
        using var space = new TempSpace()
            .Write(".gitbook/vars.yaml", "adresse: 12 rue des Lilas\ncontact:\n  mail: a@b.fr\n")
            .Write("README.md", "# Home\n");

        var loaded = await space.LoadAsync();

        Assert.Equal("12 rue des Lilas", loaded.Variables["space.vars.adresse"]);
        Assert.Equal("a@b.fr", loaded.Variables["space.vars.contact.mail"]);
    }
}
