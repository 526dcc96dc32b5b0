using Lucene.Net.Store;
using Microsoft.Win32.SafeHandles;

namespace PublicSite.Search.Indexing;

/// <summary>
/// A file-system directory that reads with positional reads (<see cref="RandomAccess.Read(SafeFileHandle, Span{byte}, long)"/>,
/// pread on Linux) into 4 KiB buffers. Lucene.Net's <see cref="NIOFSDirectory"/> reads 1 KiB at a time through a
/// shared <see cref="FileStream"/> that it locks, seeks and asks for its length on every read: in the benchmark over
/// 100,000 documents that was 38 % of a query's time, and two searching threads queued on the lock.
/// <see cref="MMapDirectory"/> (what <c>FSDirectory.Open</c> picks) is avoided: slow and crash-prone under parallel
/// load in 4.8.0-beta00017. Writing is <see cref="FSDirectory"/>'s own.
/// </summary>
internal sealed class PositionalReadDirectory(string path) : FSDirectory(new DirectoryInfo(path), null)
{
    /// <summary>Four pages: postings and stored fields are read in runs; larger buffers cost more on random seeks.</summary>
    private const int ReadBufferSize = 4096;

    public override IndexInput OpenInput(string name, IOContext context)
    {
        EnsureOpen();
        var handle = OpenHandle(name);
        return new PositionalInput($"PositionalInput(path=\"{Path.Combine(Directory.FullName, name)}\")", handle, 0, RandomAccess.GetLength(handle), ownsHandle: true);
    }

    public override IndexInputSlicer CreateSlicer(string name, IOContext context)
    {
        EnsureOpen();
        return new Slicer(Path.Combine(Directory.FullName, name), OpenHandle(name));
    }

    private SafeFileHandle OpenHandle(string name) =>
        File.OpenHandle(Path.Combine(Directory.FullName, name), FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);

    /// <summary>Slices of one compound file share its handle; the slicer closes it.</summary>
    private sealed class Slicer(string path, SafeFileHandle handle) : IndexInputSlicer
    {
        public override IndexInput OpenSlice(string sliceDescription, long offset, long length) =>
            new PositionalInput($"PositionalInput({sliceDescription} in path=\"{path}\" slice={offset}:{offset + length})", handle, offset, length, ownsHandle: false);

        [Obsolete("Only for reading compound files of 3.x indexes.")]
        public override IndexInput OpenFullSlice() => OpenSlice("full-slice", 0, RandomAccess.GetLength(handle));

        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                handle.Dispose();
            }
        }
    }

    /// <summary>
    /// Reads <c>length</c> bytes from <c>offset</c> of a file. Clones (one per postings or stored-fields reader) share
    /// the handle: positional reads need no lock and no seek, so threads never wait for one another.
    /// </summary>
    private sealed class PositionalInput(string description, SafeFileHandle handle, long start, long size, bool ownsHandle)
        : BufferedIndexInput(description, ReadBufferSize)
    {
        private bool _isClone;

        public override long Length => size;

        public override object Clone()
        {
            var clone = (PositionalInput)base.Clone();
            clone._isClone = true;
            return clone;
        }

        protected override void ReadInternal(byte[] b, int offset, int length)
        {
            if (Position + length > size)
            {
                throw new EndOfStreamException($"read past EOF: {this}");
            }
            var position = start + Position;
            var target = b.AsSpan(offset, length);
            while (target.Length > 0)
            {
                var read = RandomAccess.Read(handle, target, position);
                if (read <= 0)
                {
                    throw new EndOfStreamException($"read past EOF: {this} at {position}");
                }
                position += read;
                target = target[read..];
            }
        }

        protected override void SeekInternal(long pos)
        {
            // Nothing to do: every read names its position.
        }

        protected override void Dispose(bool disposing)
        {
            if (disposing && ownsHandle && !_isClone)
            {
                handle.Dispose();
            }
        }
    }
}
