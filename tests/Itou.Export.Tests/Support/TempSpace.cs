using System.Text;
using Itou.Export.Publishing;
using Itou.Export.Space;

namespace Itou.Export.Tests.Support;

/// <summary>A throw-away space folder written file by file for one test, deleted afterwards.</summary>
internal sealed class TempSpace : IDisposable
{
    /// <summary>A new empty folder under the system temp folder (a "space" folder inside a parent, so tests can put files beside it).</summary>
    public TempSpace()
    {
        Parent = Directory.CreateTempSubdirectory("itou-space-").FullName;
        Folder = Directory.CreateDirectory(Path.Combine(Parent, "space")).FullName;
    }

    /// <summary>The folder holding the space folder: outside the space.</summary>
    public string Parent { get; }

    /// <summary>The space folder.</summary>
    public string Folder { get; }

    /// <summary>Writes a UTF-8 text file at a space-relative path (folders created).</summary>
    public TempSpace Write(string path, string text) => WriteBytes(path, Encoding.UTF8.GetBytes(text));

    /// <summary>Writes raw bytes at a space-relative path (folders created).</summary>
    public TempSpace WriteBytes(string path, byte[] bytes)
    {
        var full = Path.Combine(Folder, path);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        File.WriteAllBytes(full, bytes);
        return this;
    }

    /// <summary>Loads the space as written so far.</summary>
    public Task<GitBookSpace> LoadAsync(ExportLimits? limits = null) =>
        SpaceLoader.LoadAsync(Folder, limits, cancellationToken: TestContext.Current.CancellationToken);

    /// <summary>The diagnostics of a code, as <c>file:line</c> strings.</summary>
    public static string[] Places(GitBookSpace space, string code) =>
        [.. space.Diagnostics.Items.Where(d => d.Code == code).Select(d => $"{d.File}:{d.Line}")];

    public void Dispose() => Directory.Delete(Parent, recursive: true);
}
