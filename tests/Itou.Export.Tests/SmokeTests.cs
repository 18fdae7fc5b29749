using Itou.Export.Tests.Support;

namespace Itou.Export.Tests;

public class SmokeTests
{
    [Fact]
    public void Repository_root_is_found_from_the_test_output() =>
        Assert.True(File.Exists(Path.Combine(TestPaths.RepoRoot, "Itou.Export.sln")));
}
