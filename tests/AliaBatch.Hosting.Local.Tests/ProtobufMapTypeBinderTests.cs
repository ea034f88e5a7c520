using Google.Protobuf.Collections;
using Xunit;

namespace AliaBatch.Hosting.Local.Tests;

public sealed class ProtobufMapTypeBinderTests
{
    [Fact]
    public void BindToName_ProtobufMap_IsWrittenAsADictionary()
    {
        var binder = new ProtobufMapTypeBinder();

        binder.BindToName(typeof(MapField<string, string>), out var assemblyName, out var typeName);

        Assert.Equal(typeof(Dictionary<string, string>).FullName, typeName);
        Assert.Equal(typeof(Dictionary<string, string>).Assembly.FullName, assemblyName);
        Assert.Equal(typeof(Dictionary<string, string>), binder.BindToType(assemblyName, typeName));
    }

    [Fact]
    public void BindToType_MapWrittenBeforeTheBinder_ReadsBackAsADictionary()
    {
        var binder = new ProtobufMapTypeBinder();
        var written = typeof(MapField<string, string>);

        var type = binder.BindToType(written.Assembly.GetName().Name!, written.FullName!);

        Assert.Equal(typeof(Dictionary<string, string>), type);
    }

    [Fact]
    public void BindToName_OtherTypes_KeepTheirNames()
    {
        var binder = new ProtobufMapTypeBinder();

        binder.BindToName(typeof(Uri), out var assemblyName, out var typeName);

        Assert.Equal((typeof(Uri).Assembly.FullName, typeof(Uri).FullName), (assemblyName, typeName));
        Assert.Equal(typeof(Uri), binder.BindToType(assemblyName, typeName));
    }
}
