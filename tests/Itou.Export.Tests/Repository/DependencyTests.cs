using System.Xml.Linq;
using Itou.Export.Tests.Support;

namespace Itou.Export.Tests.Repository;

/// <summary>No package ships that the library does not use: every managed package it references is an assembly its code calls.</summary>
public sealed class DependencyTests
{
    [Fact]
    public void Every_managed_package_of_the_library_is_used_by_its_code()
    {
        var project = XDocument.Load(Path.Combine(TestPaths.RepoRoot, "src", "Itou.Export", "Itou.Export.csproj"));
        var packages = project.Descendants("PackageReference")
            .Where(reference => reference.Attribute("PrivateAssets")?.Value != "all") // analyzers do not ship
            .Select(reference => reference.Attribute("Include")!.Value)
            .Where(name => !name.Contains(".NativeAssets.", StringComparison.Ordinal)) // native libraries, loaded by their managed package
            .ToList();
        Assert.NotEmpty(packages);

        var used = typeof(Itou.Export.Publishing.Publication).Assembly.GetReferencedAssemblies().Select(name => name.Name).ToHashSet();
        var unused = packages.Where(package => !used.Contains(package)).ToList();
        Assert.True(unused.Count == 0, "Referenced but never called (drop them): " + string.Join(", ", unused));
    }
}
