// Colour for people: on when the stream is a terminal that is not TERM=dumb, off under NO_COLOR or --no-color,
// forced by FORCE_COLOR.
import { Chalk, type ChalkInstance } from 'chalk';

/** A terminal that understands escape sequences (not TERM=dumb, as Emacs shells and some CI logs set). */
export function isCapableTerminal(stream: { isTTY?: boolean }): boolean {
  return !!stream.isTTY && process.env.TERM !== 'dumb';
}

export function colourFor(stream: { isTTY?: boolean }, enabled = true): ChalkInstance {
  const env = process.env;
  if (!enabled || (env.NO_COLOR !== undefined && env.NO_COLOR !== '')) return new Chalk({ level: 0 });
  if (env.FORCE_COLOR !== undefined) return new Chalk({ level: env.FORCE_COLOR === '0' || env.FORCE_COLOR === 'false' ? 0 : 1 });
  return new Chalk({ level: isCapableTerminal(stream) ? 2 : 0 });
}
