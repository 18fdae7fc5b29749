using Itou.Export.Publishing;
using Itou.Export.Space;
using Itou.Export.Tests.Support;

namespace Itou.Export.Tests.Space;

public sealed class AssetTests : IDisposable
{
    private readonly TempSpace space = new TempSpace()
        .Write("README.md", "# Home\n")
        .Write("guide/deep/page.md", "# Page\n")
        .Write(".gitbook/assets/plain.png", "png")
        .Write(".gitbook/assets/image (1).png", "png")
        .Write(".gitbook/assets/edit (2).svg", "svg")
        .Write(".gitbook/assets/criteres_ea.pdf", "pdf");

    public void Dispose() => space.Dispose();

    private async Task<(ResolvedAsset Asset, GitBookSpace Space)> Resolve(string reference, string from = "guide/deep/page.md")
    {
        var loaded = await space.LoadAsync();
        return (loaded.Assets.Resolve(reference, from, 7), loaded);
    }

    [Theory]
    [InlineData("../../.gitbook/assets/plain.png", ".gitbook/assets/plain.png")]
    [InlineData("./../../.gitbook/assets/plain.png", ".gitbook/assets/plain.png")]
    [InlineData("<../../.gitbook/assets/image (1).png>", ".gitbook/assets/image (1).png")]
    [InlineData("../../.gitbook/assets/edit%20%282%29.svg", ".gitbook/assets/edit (2).svg")]
    [InlineData("../../.gitbook/assets/criteres\\_ea.pdf", ".gitbook/assets/criteres_ea.pdf")]
    [InlineData("../../.gitbook/assets/image \\(1\\).png", ".gitbook/assets/image (1).png")]
    public async Task Every_written_form_resolves_to_the_file(string reference, string expected)
    {
        var (asset, loaded) = await Resolve(reference);

        Assert.Equal(AssetKind.Local, asset.Kind);
        Assert.Equal(expected, asset.SpacePath);
        Assert.Equal(Path.Combine(loaded.Root, expected), asset.FullPath);
        Assert.Empty(loaded.Diagnostics.Items);
    }

    [Fact]
    public async Task A_root_level_page_refers_to_assets_without_dots()
    {
        var (asset, _) = await Resolve(".gitbook/assets/plain.png", "README.md");

        Assert.Equal((AssetKind.Local, ".gitbook/assets/plain.png"), (asset.Kind, asset.SpacePath));
    }

    [Fact]
    public async Task Http_urls_are_remote_and_not_fetched()
    {
        var (asset, loaded) = await Resolve("https://lh3.googleusercontent.com/a\\_b.png");

        Assert.Equal((AssetKind.Remote, "https://lh3.googleusercontent.com/a_b.png"), (asset.Kind, asset.Url));
        Assert.Empty(loaded.Diagnostics.Items);
    }

    [Fact]
    public async Task A_missing_file_is_reported_with_file_and_line()
    {
        var (asset, loaded) = await Resolve("../../.gitbook/assets/gone.png");

        Assert.Equal(AssetKind.Missing, asset.Kind);
        Assert.Equal(["guide/deep/page.md:7"], TempSpace.Places(loaded, DiagnosticCodes.AssetMissing));
    }

    [Theory]
    [InlineData("/etc/passwd")]
    [InlineData("/../secret.txt")]
    public async Task Absolute_paths_are_refused(string reference)
    {
        var (asset, loaded) = await Resolve(reference);

        Assert.Equal(AssetKind.Refused, asset.Kind);
        Assert.Null(asset.FullPath);
        Assert.Equal(["guide/deep/page.md:7"], TempSpace.Places(loaded, DiagnosticCodes.AssetOutside));
    }

    [Theory]
    [InlineData("../../../../etc/passwd", "etc/passwd")]
    [InlineData("../../../secret.txt", "secret.txt")]
    [InlineData("<../../../secret.txt>", "secret.txt")]
    [InlineData("..%2F..%2F..%2Fsecret.txt", "secret.txt")]
    public async Task Paths_climbing_above_the_root_stay_at_the_root_and_never_read_outside(string reference, string clamped)
    {
        File.WriteAllText(Path.Combine(space.Parent, "secret.txt"), "secret");

        var (asset, loaded) = await Resolve(reference);

        Assert.Equal((AssetKind.Missing, clamped), (asset.Kind, asset.SpacePath));
        Assert.Null(asset.FullPath);
        Assert.Equal(["guide/deep/page.md:7"], TempSpace.Places(loaded, DiagnosticCodes.AssetMissing));
    }

    [Theory]
    [InlineData("../.gitbook/assets/plain.png", "README.md")]
    [InlineData("../../../../.gitbook/assets/plain.png", "guide/deep/page.md")]
    [InlineData("<../.gitbook/assets/image (1).png>", "README.md")]
    public async Task GitBook_paths_above_the_root_are_read_at_the_root_with_an_information(string reference, string from)
    {
        var (asset, loaded) = await Resolve(reference, from);

        Assert.Equal(AssetKind.Local, asset.Kind);
        Assert.StartsWith(".gitbook/assets/", asset.SpacePath, StringComparison.Ordinal);
        Assert.StartsWith(loaded.Root, asset.FullPath, StringComparison.Ordinal);
        var information = Assert.Single(loaded.Diagnostics.Items);
        Assert.Equal((DiagnosticCodes.AssetAboveRoot, DiagnosticSeverity.Info, 7), (information.Code, information.Severity, information.Line));
    }

    [Fact]
    public async Task A_symlink_to_a_file_outside_is_refused()
    {
        var secret = Path.Combine(space.Parent, "secret.png");
        File.WriteAllText(secret, "secret");
        File.CreateSymbolicLink(Path.Combine(space.Folder, ".gitbook/assets/link.png"), secret);

        var (asset, loaded) = await Resolve("../../.gitbook/assets/link.png");

        Assert.Equal(AssetKind.Refused, asset.Kind);
        Assert.Single(TempSpace.Places(loaded, DiagnosticCodes.AssetOutside));
    }

    [Fact]
    public async Task A_symlinked_folder_leading_outside_is_refused()
    {
        File.WriteAllText(Path.Combine(space.Parent, "secret.png"), "secret");
        Directory.CreateSymbolicLink(Path.Combine(space.Folder, ".gitbook/outside"), space.Parent);

        var (asset, _) = await Resolve("../../.gitbook/outside/secret.png");

        Assert.Equal(AssetKind.Refused, asset.Kind);
    }

    [Fact]
    public async Task A_symlink_staying_inside_the_space_is_followed()
    {
        File.CreateSymbolicLink(Path.Combine(space.Folder, ".gitbook/assets/alias.png"), Path.Combine(space.Folder, ".gitbook/assets/plain.png"));

        var (asset, _) = await Resolve("../../.gitbook/assets/alias.png");

        Assert.Equal(AssetKind.Local, asset.Kind);
    }
}
