/** localStorage key holding "dark" or "light"; absent means "follow the system". */
export const THEME_STORAGE_KEY = "milkyway:theme";

export type Theme = "dark" | "light";

/**
 * Runs in <head> before the first paint, so a saved (or system) dark theme never flashes
 * light. Kept tiny and dependency-free; it must not throw (storage can be blocked).
 */
export const THEME_INIT_SCRIPT = `(function(){try{var t=localStorage.getItem(${JSON.stringify(
  THEME_STORAGE_KEY,
)});var d=t==="dark"||(t!=="light"&&window.matchMedia("(prefers-color-scheme: dark)").matches);document.documentElement.classList.toggle("dark",d)}catch(e){}})();`;
