import '../../src/panel/panel.css';
import { createRoot } from 'react-dom/client';
import { SummaryPage } from '../../src/views/history/Summary';
import { listPromises } from '../../src/promises/store';

// Thin entry: the printable coaching summary (coaching.html?days=7|30|90) reads the history from extension storage itself.
// panel.css comes first so the summary's own styles (and their print colours) override it.
createRoot(document.getElementById('root')!).render(<SummaryPage loadPromises={listPromises} />);
