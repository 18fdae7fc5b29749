using System.Text;
using Itou.Export.Publishing;
using Itou.Export.Space;
using Itou.Export.Tests.Support;

namespace Itou.Export.Tests.Space;

public class BadInputTests
{
    [Fact]
    public async Task Invalid_utf8_is_replaced_and_reported_at_its_line()
    {
        byte[] bytes = [.. "# Titre\n\nLigne deux\nCaf"u8, 0xE9, 0xFF, .. "\n"u8];
        using var space = new TempSpace().WriteBytes("README.md", bytes);

        var loaded = await space.LoadAsync();

        Assert.Equal(["README.md:4"], TempSpace.Places(loaded, DiagnosticCodes.SpaceEncoding));
        Assert.Equal("Titre", loaded.Pages.Single().Title);
    }

    [Fact]
    public async Task A_byte_order_mark_is_not_part_of_the_text()
    {
        using var space = new TempSpace().WriteBytes("README.md", [.. Encoding.UTF8.Preamble, .. "---\ndescription: x\n---\n# Titre\n"u8]);

        var page = (await space.LoadAsync()).Pages.Single();

        Assert.Equal(("x", "Titre"), (page.FrontMatter.Description, page.Title));
    }

    [Fact]
    public async Task Nul_bytes_do_not_stop_the_page()
    {
        using var space = new TempSpace().Write("README.md", "# Titre\n\n### \0Données\n\nTexte.\n");

        var loaded = await space.LoadAsync();

        Assert.Single(loaded.Pages);
        Assert.Equal("Titre", loaded.Pages[0].Title);
    }

    [Fact]
    public async Task A_20_MB_page_is_read()
    {
        var line = "Une ligne de texte assez ordinaire, avec un [lien](autre.md) et du **gras**.\n\n";
        using var space = new TempSpace().Write("README.md", "# Grande page\n\n" + string.Concat(Enumerable.Repeat(line, 20_000_000 / line.Length)));

        var loaded = await space.LoadAsync();

        Assert.Equal("Grande page", loaded.Pages.Single().Title);
    }

    [Fact]
    public async Task A_page_over_the_size_limit_is_left_out_and_reported()
    {
        using var space = new TempSpace().Write("README.md", "# Home\n").Write("big.md", new string('x', 2_000));

        var loaded = await space.LoadAsync(new ExportLimits { MaxPageBytes = 1_000 });

        Assert.Equal(["README.md"], loaded.Pages.Select(page => page.Path));
        Assert.Equal(["big.md:0"], TempSpace.Places(loaded, DiagnosticCodes.LimitPageSize));
    }

    [Fact]
    public async Task Pages_past_the_page_limit_are_left_out_and_reported()
    {
        using var space = new TempSpace().Write("a.md", "A").Write("b.md", "B").Write("c.md", "C");

        var loaded = await space.LoadAsync(new ExportLimits { MaxPages = 2 });

        Assert.Equal(2, loaded.Pages.Count);
        Assert.Single(TempSpace.Places(loaded, DiagnosticCodes.LimitPageCount));
    }

    [Fact]
    public async Task A_page_symlinked_to_a_file_outside_is_not_read()
    {
        using var space = new TempSpace().Write("README.md", "# Home\n");
        var secret = Path.Combine(space.Parent, "secret.md");
        File.WriteAllText(secret, "# Secret\n");
        File.CreateSymbolicLink(Path.Combine(space.Folder, "leak.md"), secret);

        var loaded = await space.LoadAsync();

        Assert.Equal(["README.md"], loaded.Pages.Select(page => page.Path));
        Assert.Equal(["leak.md:0"], TempSpace.Places(loaded, DiagnosticCodes.SpaceRead));
    }

    [Fact]
    public async Task A_symlinked_folder_is_not_walked()
    {
        using var space = new TempSpace().Write("README.md", "# Home\n");
        Directory.CreateDirectory(Path.Combine(space.Parent, "elsewhere"));
        File.WriteAllText(Path.Combine(space.Parent, "elsewhere", "secret.md"), "# Secret\n");
        Directory.CreateSymbolicLink(Path.Combine(space.Folder, "linked"), Path.Combine(space.Parent, "elsewhere"));

        var loaded = await space.LoadAsync();

        Assert.Equal(["README.md"], loaded.Pages.Select(page => page.Path));
    }

    [Fact]
    public async Task Loading_can_be_cancelled()
    {
        using var space = new TempSpace().Write("README.md", "# Home\n");

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => SpaceLoader.LoadAsync(space.Folder, cancellationToken: new CancellationToken(canceled: true)));
    }

    [Fact]
    public async Task A_missing_folder_is_an_error_for_the_caller()
    {
        await Assert.ThrowsAsync<DirectoryNotFoundException>(() => SpaceLoader.LoadAsync("/nonexistent/space", cancellationToken: TestContext.Current.CancellationToken));
    }
}
