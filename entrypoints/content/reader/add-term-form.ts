import { markUiHost } from '../../../lib/page/skip-rules';
import { AddWatchTermRequest, WatchlistChoices } from '../../../lib/messages';
import type { Watchlist } from '../../../lib/db/watchlists-schema';
import formCss from './add-term-form.css?inline';

const NEW_LIST = '';

/** A labelled control. */
function field(labelText: string, control: HTMLElement): HTMLLabelElement {
  const label = document.createElement('label');
  label.append(labelText, control);
  return label;
}

function element<K extends keyof HTMLElementTagNameMap>(tag: K, props: Partial<HTMLElementTagNameMap[K]> = {}): HTMLElementTagNameMap[K] {
  return Object.assign(document.createElement(tag), props);
}

/** Aliases as the reader types them: one per line, or separated by `|` or `;`. */
export const splitAliases = (text: string) =>
  text
    .split(/[\n|;]/)
    .map((alias) => alias.trim())
    .filter((alias) => alias.length > 0);

/**
 * "Add to watchlist…": a small form beside the selection, in a closed shadow root of the
 * extension's own element (the page can neither style nor read it), built with DOM calls
 * (no HTML strings). Only the reader's own clicks and keys act on it.
 */
export class AddTermForm {
  private host?: HTMLElement;

  get isOpen(): boolean {
    return !!this.host?.isConnected;
  }

  async open(selection: Range): Promise<void> {
    this.close();
    const label = selection.toString().replace(/\s+/g, ' ').trim().slice(0, 300);
    if (!label) throw new Error('Select a name on the page to add it to a watchlist.');
    const lists = WatchlistChoices.parse(await browser.runtime.sendMessage({ type: 'getWatchlists' }));
    const rect = selection.getBoundingClientRect();
    // A plain element known by a mark only the extension's world sees (skip-rules.ts).
    const host = document.createElement('div');
    markUiHost(host);
    this.host = host;
    const shadow = host.attachShadow({ mode: 'closed' });
    const styles = new CSSStyleSheet();
    styles.replaceSync(formCss);
    shadow.adoptedStyleSheets = [styles];
    const form = this.build(label, lists);
    form.style.top = `${Math.round(Math.min(rect.bottom + 8, innerHeight - 320))}px`;
    form.style.left = `${Math.round(Math.max(8, Math.min(rect.left, innerWidth - 340)))}px`;
    shadow.append(form);
    document.documentElement.append(host);
    form.querySelector('input')?.focus();
  }

  close(): void {
    this.host?.remove();
    this.host = undefined;
  }

  private build(label: string, lists: Watchlist[]): HTMLFormElement {
    const form = element('form', { className: 'form', ariaLabel: 'Add to watchlist' });
    form.setAttribute('role', 'dialog');
    const name = element('input', { value: label, required: true, maxLength: 300 });
    const list = element('select');
    for (const choice of lists) list.append(new Option(choice.name, choice.id));
    list.append(new Option('New list…', NEW_LIST));
    const newList = element('input', { placeholder: 'Name of the new list', value: lists.length ? '' : 'My terms' });
    const newListField = field('New list', newList);
    const showNewList = () => (newListField.hidden = list.value !== NEW_LIST);
    list.addEventListener('change', showNewList);
    showNewList();
    const aliases = element('textarea', { rows: 2, placeholder: 'Other names, one per line or separated by |' });
    const note = element('textarea', { rows: 2, placeholder: 'Your note' });
    const status = element('p', { className: 'status' });
    status.setAttribute('role', 'status');
    const add = element('button', { type: 'submit', className: 'primary', textContent: 'Add' });
    const cancel = element('button', { type: 'button', className: 'secondary', textContent: 'Cancel' });
    const buttons = element('div', { className: 'buttons' });
    buttons.append(add, cancel);
    const title = element('h2', { textContent: 'Add to watchlist' });
    form.append(title, field('Term', name), field('List', list), newListField, field('Also known as', aliases), field('Note', note), buttons, status);

    cancel.addEventListener('click', (event) => event.isTrusted && this.close());
    form.addEventListener('keydown', (event) => {
      if (event.isTrusted && event.key === 'Escape') this.close();
      event.stopPropagation();
    });
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      if (!event.isTrusted) return;
      const request = AddWatchTermRequest.safeParse({
        type: 'addWatchTerm',
        ...(list.value === NEW_LIST ? { newListName: newList.value || 'My terms' } : { listId: list.value }),
        label: name.value,
        aliases: splitAliases(aliases.value),
        note: note.value,
      });
      if (!request.success) {
        status.textContent = 'Give the term a name (up to 300 characters).';
        return;
      }
      add.disabled = true;
      status.textContent = 'Adding…';
      browser.runtime.sendMessage(request.data).then(
        () => this.close(),
        (error: Error) => {
          add.disabled = false;
          status.textContent = `Not added: ${error.message}`;
        },
      );
    });
    return form;
  }
}
