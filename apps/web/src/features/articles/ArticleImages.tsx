import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { Article } from '@timantti/contracts';
import { useId, useState } from 'react';
import { Form } from 'react-aria-components';
import { articlesKey, removeArticleImage, uploadArticleImage } from '../../api/articles.ts';
import { useT } from '../../i18n/LocaleProvider.tsx';
import { Button } from '../../ui/Button.tsx';
import { Checkbox } from '../../ui/Checkbox.tsx';
import { cx } from '../../ui/classes.ts';
import { FormProblem } from '../../ui/FormProblem.tsx';
import { LiveMessage } from '../../ui/LiveMessage.tsx';
import { TextField } from '../../ui/TextField.tsx';
import { useFormErrors } from '../../ui/useFormErrors.ts';

const fileProblems = {
  image_type_unsupported: 'image',
  payload_too_large: 'image',
  unsupported_media_type: 'image',
} as const;

/**
 * The article's images: each says what it shows (its alt text) or is marked decorative, which
 * is asked before the image is sent, and the server refuses an image with neither.
 */
export function ArticleImages({ article }: { article: Article }) {
  const t = useT();
  const id = useId();
  const form = useFormErrors();
  const queryClient = useQueryClient();
  const [file, setFile] = useState<File | null>(null);
  const [fileKey, setFileKey] = useState(0);
  const [alt, setAlt] = useState('');
  const [decorative, setDecorative] = useState(false);
  const [caption, setCaption] = useState('');
  const [message, setMessage] = useState('');
  const refresh = () => queryClient.invalidateQueries({ queryKey: articlesKey });
  const add = useMutation({
    mutationFn: (image: File) =>
      uploadArticleImage(article.id, image, {
        alt: alt.trim(),
        decorative,
        caption: caption.trim(),
      }),
    onSettled: refresh,
  });
  const remove = useMutation({
    mutationFn: (imageId: string) => removeArticleImage(article.id, imageId),
    onSuccess: () => setMessage(t('article.image.removed')),
    onSettled: refresh,
  });
  const imageError = form.errors.image;

  return (
    <section aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{t('article.image.title')}</h2>
      <LiveMessage message={message} />
      {article.images.length > 0 ? (
        <ul className="article-images">
          {article.images.map((image) => (
            <li key={image.id} className="card article-images__item">
              <img src={image.url} alt={image.decorative ? '' : image.alt} />
              <p>
                {image.decorative
                  ? t('article.image.isDecorative')
                  : t('article.image.altIs', { alt: image.alt })}
              </p>
              <Button
                variant="secondary"
                size="small"
                onPress={() => remove.mutate(image.id)}
                aria-label={t('article.image.removeNamed', {
                  name: image.decorative ? t('article.image.isDecorative') : image.alt,
                })}
              >
                {t('article.image.remove')}
              </Button>
            </li>
          ))}
        </ul>
      ) : null}
      <Form
        id={form.formId}
        className="form card"
        validationBehavior="aria"
        aria-labelledby={`${id}-add`}
        onSubmit={(event) => {
          event.preventDefault();
          const errors: Record<string, string> = {};
          if (!file) errors.image = t('validation.required');
          if (!decorative && !alt.trim()) errors.alt = t('validation.alt_text_missing');
          if (!form.check(errors) || !file) return;
          add.mutate(file, {
            onSuccess: () => {
              setFile(null);
              setFileKey((key) => key + 1);
              setAlt('');
              setCaption('');
              setDecorative(false);
              setMessage(t('article.image.added'));
            },
            onError: (failure) => form.fail(failure, fileProblems),
          });
        }}
      >
        <h3 id={`${id}-add`}>{t('article.image.add')}</h3>
        <FormProblem error={form.problem} />
        <div className="field">
          <label htmlFor={`${id}-file`} className="field__label">
            {t('article.image.file')}
          </label>
          <input
            key={fileKey}
            id={`${id}-file`}
            name="image"
            type="file"
            accept="image/png,image/jpeg,image/webp"
            aria-describedby={[`${id}-hint`, imageError ? `${id}-error` : ''].join(' ').trim()}
            aria-invalid={imageError ? true : undefined}
            className={cx('field__input file-input', imageError && 'file-input--invalid')}
            onChange={(event) => setFile(event.currentTarget.files?.[0] ?? null)}
          />
          <p id={`${id}-hint`} className="field__description">
            {t('article.image.fileHint')}
          </p>
          {imageError ? (
            <p id={`${id}-error`} className="field__error">
              {imageError}
            </p>
          ) : null}
        </div>
        <Checkbox name="decorative" isSelected={decorative} onChange={setDecorative}>
          {t('article.image.decorative')}
        </Checkbox>
        {decorative ? null : (
          <TextField
            name="alt"
            label={t('article.image.alt')}
            description={t('article.image.altHint')}
            value={alt}
            onChange={setAlt}
            errorMessage={form.errors.alt}
            maxLength={300}
            isRequired
          />
        )}
        <TextField
          name="caption"
          label={t('article.image.caption')}
          value={caption}
          onChange={setCaption}
          maxLength={300}
        />
        <div className="form__actions">
          <Button type="submit" isPending={add.isPending}>
            {t('article.image.submit')}
          </Button>
        </div>
      </Form>
    </section>
  );
}
