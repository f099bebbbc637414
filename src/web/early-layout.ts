// A script of its own, loaded before the page's bundle (index.html): asks for the first view's layout
// while the browser still loads and parses the bundle with the renderer.
import { leaveEarlyLayout } from "./early-layout-request.js";
import { readView } from "./view-state.js";

leaveEarlyLayout(readView(location.search));
