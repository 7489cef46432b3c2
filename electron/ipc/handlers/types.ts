import type { Channel, Output, ParsedInput } from '../contract.ts';
import type { Services } from '../../services/index.ts';

export type Handler<C extends Channel> = (arg: ParsedInput<C>) => Promise<Output<C>> | Output<C>;
export type Handlers = { [C in Channel]: Handler<C> };
/** The handlers of one domain, e.g. HandlersOf<'reviews'>. */
export type HandlersOf<D extends string> = { [C in Channel as C extends `${D}:${string}` ? C : never]: Handler<C> };
export type HandlerFactory<D extends string> = (services: Services) => HandlersOf<D>;
