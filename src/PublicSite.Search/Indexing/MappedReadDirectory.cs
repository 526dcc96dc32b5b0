using System.Buffers.Binary;
using System.IO.MemoryMappedFiles;
using Lucene.Net.Store;
using Microsoft.Win32.SafeHandles;

namespace PublicSite.Search.Indexing;

/// <summary>
/// A file-system directory that reads index files through memory maps, straight from the mapped pages with no copy
/// into a buffer and no system call per read. The earlier positional reads (pread into 4 KiB buffers) spent 29 % of
/// the benchmark's processor time in those calls; Lucene.Net's <see cref="NIOFSDirectory"/> was worse (a shared,
/// locked <see cref="FileStream"/>). Lucene.Net's own <see cref="MMapDirectory"/> is avoided: its reads go through a
/// J2N <c>ByteBuffer</c> per byte, slow and crash-prone under parallel load in 4.8.0-beta00017. Writing is
/// <see cref="FSDirectory"/>'s own.
/// <para>
/// Lucene's contract makes unmapping safe: a file is written once and never changed after it is opened, and clones
/// and slices are not used after their owner is closed (the SearcherManager's reference counts see to that), so the
/// owner unmaps on dispose. A deleted file's mapping stays readable until then.
/// </para>
/// </summary>
internal sealed class MappedReadDirectory(string path) : FSDirectory(new DirectoryInfo(path), null)
{
    public override IndexInput OpenInput(string name, IOContext context)
    {
        EnsureOpen();
        var map = MappedFile.Open(Path.Combine(Directory.FullName, name));
        return new MappedInput($"MappedInput(path=\"{map.Path}\")", map, 0, map.Length, owner: map);
    }

    public override IndexInputSlicer CreateSlicer(string name, IOContext context)
    {
        EnsureOpen();
        return new Slicer(MappedFile.Open(Path.Combine(Directory.FullName, name)));
    }

    /// <summary>Slices of one compound file share its map; the slicer unmaps it.</summary>
    private sealed class Slicer(MappedFile map) : IndexInputSlicer
    {
        public override IndexInput OpenSlice(string sliceDescription, long offset, long length)
        {
            if (offset < 0 || length < 0 || offset + length > map.Length)
            {
                throw new ArgumentOutOfRangeException(nameof(offset), $"slice {offset}:{offset + length} is outside {map.Path} ({map.Length} bytes)");
            }
            return new MappedInput($"MappedInput({sliceDescription} in path=\"{map.Path}\" slice={offset}:{offset + length})", map, offset, length, owner: null);
        }

        [Obsolete("Only for reading compound files of 3.x indexes.")]
        public override IndexInput OpenFullSlice() => OpenSlice("full-slice", 0, map.Length);

        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                map.Dispose();
            }
        }
    }

    /// <summary>One file mapped read-only, whole. An empty file has no map (a map cannot be empty).</summary>
    private sealed unsafe class MappedFile : IDisposable
    {
        private readonly MemoryMappedFile? _file;
        private readonly MemoryMappedViewAccessor? _view;
        private bool _disposed;

        private MappedFile(string path, long length, MemoryMappedFile? file, MemoryMappedViewAccessor? view, byte* start)
        {
            Path = path;
            Length = length;
            _file = file;
            _view = view;
            Start = start;
        }

        public string Path { get; }

        public long Length { get; }

        public byte* Start { get; }

        public static MappedFile Open(string path)
        {
            var handle = File.OpenHandle(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
            var length = RandomAccess.GetLength(handle);
            if (length == 0)
            {
                handle.Dispose();
                return new MappedFile(path, 0, null, null, null);
            }
            MemoryMappedFile? file = null;
            MemoryMappedViewAccessor? view = null;
            try
            {
                file = MemoryMappedFile.CreateFromFile(handle, mapName: null, length, MemoryMappedFileAccess.Read, HandleInheritability.None, leaveOpen: false);
                view = file.CreateViewAccessor(0, length, MemoryMappedFileAccess.Read);
                byte* start = null;
                view.SafeMemoryMappedViewHandle.AcquirePointer(ref start);
                return new MappedFile(path, length, file, view, start + view.PointerOffset);
            }
            catch
            {
                // The map owns the handle once made; before that the handle is closed here.
                if (file is null)
                {
                    handle.Dispose();
                }
                view?.Dispose();
                file?.Dispose();
                throw;
            }
        }

        public void Dispose()
        {
            if (_disposed)
            {
                return;
            }
            _disposed = true;
            if (_view is not null)
            {
                _view.SafeMemoryMappedViewHandle.ReleasePointer();
                _view.Dispose();
            }
            _file?.Dispose();
        }
    }

    /// <summary>
    /// Reads <c>length</c> bytes from <c>offset</c> of a mapped file. Clones (one per postings or stored-fields reader)
    /// only copy the position: reads take no lock, so searching threads never wait for one another.
    /// </summary>
    private sealed unsafe class MappedInput : IndexInput
    {
        /// <summary>Held by every clone, so the view's finalizer cannot unmap the pages while a clone still reads.</summary>
        private readonly MappedFile _map;
        private readonly byte* _start;
        private readonly long _length;
        private MappedFile? _owner;
        private long _position;

        public MappedInput(string description, MappedFile map, long offset, long length, MappedFile? owner)
            : base(description)
        {
            _map = map;
            _start = map.Start + offset;
            _length = length;
            _owner = owner;
        }

        public override long Length => _length;

        public override long Position => _position;

        public override void Seek(long pos)
        {
            if (pos < 0 || pos > _length)
            {
                throw new EndOfStreamException($"seek past EOF ({pos} of {_length}): {this}");
            }
            _position = pos;
        }

        public override byte ReadByte()
        {
            if (_position >= _length)
            {
                throw new EndOfStreamException($"read past EOF: {this}");
            }
            return _start[_position++];
        }

        public override void ReadBytes(byte[] b, int offset, int len)
        {
            new ReadOnlySpan<byte>(_start + Take(len), len).CopyTo(b.AsSpan(offset, len));
        }

        public override short ReadInt16() => BinaryPrimitives.ReadInt16BigEndian(new ReadOnlySpan<byte>(_start + Take(sizeof(short)), sizeof(short)));

        public override int ReadInt32() => BinaryPrimitives.ReadInt32BigEndian(new ReadOnlySpan<byte>(_start + Take(sizeof(int)), sizeof(int)));

        public override long ReadInt64() => BinaryPrimitives.ReadInt64BigEndian(new ReadOnlySpan<byte>(_start + Take(sizeof(long)), sizeof(long)));

        public override object Clone()
        {
            var clone = (MappedInput)base.Clone();
            clone._owner = null;
            return clone;
        }

        /// <summary>Claims <paramref name="count"/> bytes at the position and returns where they start.</summary>
        private long Take(int count)
        {
            var at = _position;
            if (count < 0 || at + count > _length)
            {
                throw new EndOfStreamException($"read past EOF ({at}+{count} of {_length}): {this}");
            }
            _position = at + count;
            return at;
        }

        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                _owner?.Dispose();
                _owner = null;
            }
        }
    }
}
