const MIN_CAPACITY = 64 * 1024;

const capacityFor = (length: number): number => {
  let capacity = MIN_CAPACITY;
  while (capacity < length) capacity *= 2;
  return capacity;
};

// Memory for response bodies, reused from one response to the next. A page of 100 payments is
// 150 KB: with a fresh buffer per response, malloc grows and trims its heap over and over and every
// page of that memory is faulted in again. A buffer is given back once its response has been handed
// to the OS; one whose response never finishes is left to the garbage collector.
export class BodyBufferPool {
  private readonly free: Buffer[] = [];

  constructor(private readonly maxFree: number) {}

  // The smallest free buffer of at least `length` bytes, or a new one (capacities are powers of two
  // from 64 KiB, so a buffer serves pages of similar sizes). It is the caller's until given back.
  take(length: number): Buffer {
    let best = -1;
    for (let index = 0; index < this.free.length; index++) {
      const size = this.free[index].length;
      if (size >= length && (best === -1 || size < this.free[best].length)) best = index;
    }
    if (best === -1) return Buffer.allocUnsafeSlow(capacityFor(length));
    const [buffer] = this.free.splice(best, 1);
    return buffer;
  }

  give(buffer: Buffer): void {
    if (this.free.length < this.maxFree) this.free.push(buffer);
  }
}
