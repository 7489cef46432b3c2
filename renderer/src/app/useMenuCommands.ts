// Commands from the desktop app's native menu (absent in browser mode): the same actions as the buttons.
import { useEffect, useRef } from 'react';
import { MENU_COMMANDS, type MenuCommand } from '../../../electron/shared/menu.ts';

declare global {
  interface Window {
    rdMenu?: { onCommand(listener: (command: string) => void): () => void };
  }
}

export function useMenuCommands(handlers: Record<MenuCommand, () => void>): void {
  const latest = useRef(handlers);
  latest.current = handlers;
  useEffect(() => {
    if (!window.rdMenu) return undefined;
    return window.rdMenu.onCommand((command) => {
      if ((MENU_COMMANDS as readonly string[]).includes(command)) latest.current[command as MenuCommand]();
    });
  }, []);
}
